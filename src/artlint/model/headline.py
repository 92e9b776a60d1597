"""The headline: the article's own h1 (or what stands for it), told apart from the site's name, kickers, subtitles and teasers."""

from __future__ import annotations

import html
import itertools
import re
from typing import Any
from urllib.parse import urlparse

from lxml import etree

from ..content import article, article_body, headline_h1, is_consent, is_navigation, is_print_only, mains, names_box, names_meta, titled_other_stories
from ..dates import parse_visible_date
from ..figures.credit_text import MEDIA_NOTE
from ..figures.words import CAPTION_CLASS, screen_reader_only, visually_hidden
from ..lazyre import lazy
from ..page import Page
from ..text import normalize, squash, visible_text
from .source import Source, _meta_source, _value, source_of
from .names import _BY, _CJK
from .published import _parts


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " ‹ ", " › ", " / ")


def lead_paragraph(body: etree._Element) -> etree._Element | None:
    """The article's first paragraph of text: not the caption of the lead image, nor a line of a few
    words before the text (Reuters' "5 Min Read", a survey's "Something's different, right?"). A text written
    in boxes of its own, one a paragraph (Reuters' <div data-testid="paragraph-0">), starts at the first of them
    when they come before any <p> (Reuters' "Our Standards" line, a <p>, closes the text)."""
    for el in body.iter("p", "div"):
        if el.tag == "p":
            if _paragraph_text(el) and not _in_caption(el, body) and not _date_line(el):
                return el
        elif _paragraph_box(el) and not _in_caption(el, body) and (after := el.getnext()) is not None and _paragraph_box(after):
            return el
    # No paragraph: the text in boxes of their own (Chosun's <div class="par">), a box that holds only text and inline elements.
    for div in body.iter("div"):
        if _text_box(div) and _paragraph_text(div) and not _in_caption(div, body):
            return div
    return None


def _date_line(el: etree._Element) -> bool:
    """Whether a short paragraph says a date and little else: the meta line above the text (Yonhap's
    "All News 10:32 May 06, 2024"), not its first paragraph."""
    text = visible_text(el)
    if len(text) > 60:
        return False
    shown = parse_visible_date(text, "en", fallback=True)
    return shown is not None and len(text.replace(shown[1], " ").split()) <= 3


def _paragraph_box(el: etree._Element) -> bool:
    """Whether an element is a box that holds a paragraph of the text: sentences, in no caption (a box of the text's, not
    the lead image's caption and credit, nor a gallery's lines under its pictures)."""
    if el.tag != "div" or not _text_box(el) or CAPTION_CLASS.search(el.get("class") or ""):
        return False
    text = visible_text(el)
    return len(text) >= 40 and text.rstrip(" \"'”’»)")[-1:] in _SENTENCE_END


_SENTENCE_END = frozenset(".!?…:;。！？")


def _text_box(div: etree._Element) -> bool:
    """Whether a box holds only text and inline elements, its text first (or a word in bold or italics before it: RIA
    Novosti's <div class="article__text"><strong>МОСКВА, 6 мая — РИА Новости.</strong> Госдума …)."""
    if not (div.text or "").strip() and not (len(div) and div[0].tag in _LEAD_INLINE and (div[0].text or "").strip()):
        return False
    return not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in div)


_LEAD_INLINE = frozenset(("strong", "b", "em", "i", "span"))


def _paragraph_text(el: etree._Element) -> bool:
    """Whether an element says enough to be a paragraph of the text (a sentence of Chinese or Japanese, written
    without spaces, says in 20 characters what others say in 40)."""
    text = visible_text(el)
    return bool(text) and (len(text) >= 40 or len(text.split()) >= 5 or len(text) >= 20 and _CJK.search(text) is not None)


_BLOCK_TAGS = frozenset(("div", "p", "section", "article", "aside", "figure", "table", "ul", "ol", "dl", "blockquote", "header", "footer",
                         "nav", "form", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "iframe", "video", "picture", "img"))


def _in_caption(el: etree._Element, body: etree._Element) -> bool:
    """Inside a figure or an image's caption box within the body: the caption of the lead image, not the text."""
    for a in el.iterancestors():
        if a is body:
            return False
        if a.tag in ("figure", "figcaption") or CAPTION_CLASS.search(a.get("class") or ""):
            return True
    return False


_TITLE_CLASSES = ("entry-title", "post-title", "article-title", "article__title", "story-title", "headline", "article-headline",
                  "post__title", "news-title", "title-post", "single-title")
_KICKER_CLASS = lazy(
    r"kicker|overline|dachzeile|topline|roofline|eyebrow|spitzmarke|supertitle|pretitle|strapline|toptitle|"
    r"subheadline|h1small|topic-label|rubric|ressort|entry-section|section-label|section-name|category|titleheader|pre-?headline|"
    r"badge|(?:^|[\s_-])(?:flag|label)(?:$|[\s_-])|live-?(?:label|tag|flag|indicator)",  # "Live", "Exclusive", "Video" badges before the headline
    re.IGNORECASE,
)
# Separators written for screen readers between the kicker and the headline.
_SEPARATOR_CLASS = lazy(r"visually-?hidden|hidden-?visually|sr-only|screen-?reader|invisible|off-?screen", re.IGNORECASE)
_OWN_HEADLINE = {"headline", "article__headline", "entry-title-primary", "title-main"}
# A part of the heading whose class names it the title ("header-title" beside "header-label__content" at
# the FAZ, "atc-HeadlineText" beside "atc-HeadlineEmphasis", a BEM "header-title__text"), not a subtitle or kicker.
_TITLE_PART = lazy(r"[-_](?:title|headline)(?:[-_]{0,2}text)?$", re.IGNORECASE)
_NOT_TITLE_PART = lazy(r"sub|super|top|over|pre|kicker|dach|roof|eyebrow|small|short|seo", re.IGNORECASE)
_LEADING_DATE = lazy(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\s*[-–—|:]\s*")


def _teaser_heading(heading: etree._Element) -> bool:
    """Whether a heading stands inside a link or an aside: another story's teaser."""
    return any(a.tag == "aside" or a.tag == "a" and a.get("href") for a in heading.iterancestors())


# What a footnote's mark says: a number, a star, a dagger, a letter.
_FOOTNOTE_MARK = lazy(r"\[?(?:\d{1,3}|[*†‡§¹²³]{1,3}|[a-z])\]?")


def footnote_mark(el: etree._Element) -> etree._Element | None:
    """The <sup> that closes a heading with a footnote's mark ("Inflation falls to 2.4% in April<sup>1</sup>"), nothing after it."""
    last = next((c for c in reversed(el) if isinstance(c.tag, str)), None)
    if last is None or last.tag != "sup" or (last.tail or "").strip() or not (el.text or "").strip() and last is el[0]:
        return None
    return last if _FOOTNOTE_MARK.fullmatch(visible_text(last)) else None


def headline_text(el: etree._Element) -> str:
    """A heading's text without its kicker (the small line above the headline that many CMSs put
    inside the h1: a kicker class, a leading <small>) and without a subtitle after it."""
    for inner in el.iterdescendants():
        if isinstance(inner.tag, str) and (inner.get("itemprop") == "headline" or _OWN_HEADLINE & set((inner.get("class") or "").split())
                                           or any(_TITLE_PART.search(c) and not _NOT_TITLE_PART.search(c) for c in (inner.get("class") or "").split())):
            if visible_text(inner):
                return headline_text(inner)
    kickers = [c for c in el.iterdescendants() if isinstance(c.tag, str) and (c.tag == "time" or _KICKER_CLASS.search(c.get("class") or ""))]
    box = el  # (through a box that holds the whole heading: <h1><span class="title"><small>Tunesien</small><br>…</span></h1>)
    while len(box) == 1 and isinstance(box[0].tag, str) and not (box.text or "").strip() and not (box[0].tail or "").strip():
        box = box[0]
    first = next((c for c in box if isinstance(c.tag, str)), None)
    leading = first is not None and (first.tag == "small" or "subtitle" in (first.get("class") or "").lower())
    if leading and not (box.text or "").strip() and len(visible_text(el)) > len(visible_text(first)) + 3:
        kickers.append(first)  # <h1><small>Tunesien</small><br>Große Aufgaben …</h1>; a subtitle after the headline stays
    if not kickers:
        kickers = _before_separator(el)
    # A share button in the heading, and a note for screen readers after its words ("(opens in new window)"); a footnote's
    # mark after them ("… in April<sup>1</sup>").
    unseen = [c for c in el.iterdescendants() if isinstance(c.tag, str) and (c.tag == "button" or _SEPARATOR_CLASS.search(c.get("class") or ""))]
    if (mark := footnote_mark(el)) is not None:
        unseen.append(mark)
    if not kickers and not unseen:
        text = visible_text(el).lstrip("-–—|·• ").removeprefix("[>").lstrip("> ")  # (and "[> Jens Weber": an arrow before it; "»" opens a quote)
        # French typography puts a space before the colon; elsewhere it is a seam between inline elements.
        text = text if (el.getroottree().getroot().get("lang") or "").lower().startswith("fr") else _tidy(text)
        return _LEADING_DATE.sub("", text)
    skipped = set(kickers) | set(unseen)
    parts = []
    for node in el.iter():
        if node is not el and (node in skipped or any(a in skipped for a in node.iterancestors())):
            if node.tail and node in skipped:
                parts.append(node.tail)
            continue
        if isinstance(node.tag, str) and node.text and node.tag not in ("script", "style"):
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    said = _LEADING_DATE.sub("", _tidy(squash(" ".join(parts))).lstrip("-–—|·•: "))
    return said or visible_text(el)  # (a heading all in a screen reader's span is still that)


_CREDITS_HEADING = lazy(r"(?:(?:prepared|written|compiled|edited|posted)\s+)?by\s", re.IGNORECASE)


def _without_subtitle(h1: etree._Element, text: str, witnesses: list[str]) -> str:
    """The headline without the subtitle the h1 ends with (<h1>Headline<br><small>Subtitle</small></h1>), or the line after
    its break (a byline), when the title or the metadata say the headline without it: some keep a subtitle that belongs to it."""
    last = next((c for c in reversed(h1) if isinstance(c.tag, str)), None)
    if last is None:
        return text
    if last.tag == "small" and not (last.tail or "").strip() and (h1.text or "").strip():
        small = visible_text(last)
    else:  # or the line after a break, in an element of its own (Nikkei: <h1><span>Headline</span><br><span>編集委員　中沢克二</span></h1>)
        after = _line_after_break(h1)
        if not after:
            return text
        small = squash(" ".join(visible_text(c) for c in after))
    shorter = text[: -len(small)].rstrip(" -–—:|·") if small and text.endswith(small) else ""
    if not shorter or any(_overlaps(text, w) for w in witnesses):
        return text
    return shorter if any(_overlaps(shorter, w) for w in witnesses) else text


def _without_media_note(text: str, witnesses: list[str]) -> str:
    """The headline without the note after it that the story has a video or pictures ("Senate passes the bill (video)",
    "… [PHOTOS]"), when the title or the metadata say the headline without it."""
    bare = MEDIA_NOTE.sub("", text).rstrip()
    note = text[len(bare):].strip().casefold()
    if not bare or bare == text or any(w and note in w.casefold() for w in witnesses):
        return text
    return bare if any(w and _overlaps(bare, w) for w in witnesses) else text


def _line_after_break(h1: etree._Element) -> list[etree._Element]:
    """The elements of the heading's line after its break, when nothing but elements stands there."""
    br = next((c for c in h1 if c.tag == "br"), None)
    after = [c for c in br.itersiblings() if isinstance(c.tag, str)] if br is not None else []
    return [] if (br is not None and (br.tail or "").strip()) or any((c.tail or "").strip() for c in after) else after


def _before_separator(el: etree._Element) -> list[etree._Element]:
    """The kicker of a heading split by an element that holds only a separator (Der Spiegel:
    <span>Krieg in der Ukraine</span><span class="hidden">:</span><span>Kiew …</span>): what stands before it."""
    children = [c for c in el if isinstance(c.tag, str)]
    for i, child in enumerate(children[1:-1], 1):
        if len(child) == 0 and (child.text or "").strip() in (":", "|", "–", "—", "-", "·") and not (el.text or "").strip():
            before, after = children[:i], children[i + 1:]
            if all(not (c.tail or "").strip() for c in before) and any(visible_text(c) for c in before) and any(visible_text(c) for c in after):
                return [*before, child]
    return []


def _tidy(text: str) -> str:
    """No space before a colon or comma where inline elements were joined: “Abrechnung : Stars” → “Abrechnung: Stars”."""
    return re.sub(r"\s+([:,;!?])(?=\s)", r"\1", text).strip(" :")


_FURNITURE = lazy(
    r"^\s*(?:(?:herzlich\s+)?willkommen\b.*|welcome\b.*|contents|table of contents|inhalt|inhaltsverzeichnis|navigation(?: und service)?|menu|menü|page|"
    r"original text|datenschutzeinstellungen|privacy settings|cookie settings|information and resources|search|suche|"
    r"quick ?links|ansprechpartner(?:in)?|kontakt|contact(?: us)?|service|downloads?|links|news|aktuelles|"
    r"pressemitteilungen|newsroom)\s*$",
    re.IGNORECASE,
)


def _is_site_heading(h1: etree._Element, text: str, site: str | None, title: str, domain: str | None = None) -> bool:
    """An h1 that names the site (the og:site_name, the site part of <title>, or a home link in the
    page header) or the page's furniture ("Contents", "Navigation und Service", "Cookie settings")."""
    if site and normalize(text) == normalize(site) or _FURNITURE.match(text):
        return True
    if any(_SECTION_NAME.search(v) for v in ((h1.get("id") or ""), *(h1.get("class") or "").split())):
        return True  # the section's name, by its id or class (JNSA: <h1 id="pagecategory">イベント・セミナー情報</h1>)
    if h1.get("itemprop") == "headline" or set((h1.get("class") or "").split()) & set(_TITLE_CLASSES):
        return False  # marked up as the article's title: "About bugs – Vortex Cannon Entertainment" is no site name
    for sep in _SEPARATORS:
        parts = [p.strip() for p in title.split(sep) if p.strip()]
        # "Headline | Site": an h1 that says the last part (and is not the longest) names the site.
        # "Site | Headline": an h1 that says the first part names the site only when a much longer
        # part follows; in "Mozilla - Wikipedia" the h1 is the article's title.
        if len(parts) >= 2 and normalize(text) == normalize(parts[-1]) != normalize(parts[0]):
            if normalize(max(parts, key=len)) != normalize(text):
                return True
        # (When the last part names the site, "Vom Boden aus gedacht - Ann Cotten verwebt … : literaturkritik.de",
        # the first part is the headline.)
        if len(parts) >= 2 and normalize(text) == normalize(parts[0]) and len(parts[-1]) > 2 * len(parts[0]):
            if not any(name and normalize(name) in normalize(parts[-1]) for name in (site, domain)):
                return True
        # "GALORE.de | Kultur | Literatur | Buch der Woche": an h1 that says a middle part names a section.
        if len(parts) >= 3 and len(_words(text)) <= 3 and normalize(text) in {normalize(p) for p in parts[1:-1]}:
            return True
    # A link home, inside the h1 or around it (not a named anchor without href: <h1><a id="top"></a>Orso marsicano</h1>).
    links = itertools.chain(h1.iter("a"), (a for a in itertools.islice(h1.iterancestors(), 3) if a.tag == "a"))
    home = next((a for a in links if a.get("href") is not None
                 and (a.get("href").rstrip("/") in ("", ".") or re.fullmatch(r"https?://[^/]+/?", a.get("href")))), None)
    if home is not None:
        return True
    if len(_words(text)) > 6:
        return False  # a site's name is short; "What's the Hold-Up at SpaceX?" in the page header is the article's
    # In the page's banner: a <header> that is no part of the content (as ARIA reads it, not inside an <article>, an
    # <aside>, <main>, a <nav> or a <section>) and holds the site's furniture (a menu, a search, a logo, a link home),
    # not the story's own header around its headline (<section><header><h1>…</h1></header>, a template's
    # <header class="article-header"><h1>…</h1></header>).
    boxes = list(h1.iterancestors())
    if any(box.tag in ("article", "main") or box.get("role") == "main" for box in boxes):
        return False
    for i, box in enumerate(boxes):
        if box.get("role") == "banner" or box.tag == "header" and _holds_furniture(box) and not any(
                above.tag in ("aside", "nav", "section") or above.get("role") in ("article", "region") for above in boxes[i + 1:]):
            return True
    return False


def _holds_furniture(header: etree._Element) -> bool:
    """Whether a page header holds the site's furniture: a menu, a search form, a logo, or a link to the home page."""
    for el in header.iter("nav", "form", "img", "svg", "a"):
        if el.tag in ("nav", "form") or el.tag in ("img", "svg") and "logo" in _attrs_text(el):
            return True
        href = (el.get("href") or "").strip() if el.tag == "a" else None
        if href is not None and (href.rstrip("/") in ("", ".") or re.fullmatch(r"https?://[^/]+/?", href) or "logo" in _attrs_text(el)):
            return True
    return False


def _attrs_text(el: etree._Element) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("src"), el.get("alt")))).lower()


_SECTION_NAME = lazy(r"(?:category|section-?name|ressort|rubrik)$", re.IGNORECASE)


def _boxed(page: Page, el: etree._Element) -> bool:
    """In a teaser, related box, comment, sidebar widget or navigation within the page (not the article itself)."""
    return page.walk_up(el.getparent(), "boxed", _box_answer)


def _box_answer(node: etree._Element, own: bool = False) -> bool | None:
    """Whether node is a box apart from the article (None: ask its parent). With ``own``, share bars
    and asides whose class says meta count as the article's own, and so does a <nav> that is the meta line. What a
    <template> holds is apart: browsers never render it (a dialog's template, with its own heading, byline and date).
    A <noscript> may hold the story itself, for readers without scripts (Blogger's posts, which a script renders)."""
    if node.tag in ("main", "body", "html") or node.tag == "article" and own:
        return False
    if node.tag == "article":
        return None  # (the boxes around it decide: a related story's card in an <aside> is apart as the aside is)
    if node.tag == "template" or is_consent(node) or is_print_only(node):
        return True  # (a cookie banner's words are not the story's: "We use cookies… 12 March 2021"; nor a printed page's header's)
    if node.tag == "aside" and not (own and names_meta(node)) or node.tag == "blockquote" or is_navigation(node) and not (own and _meta_nav(node)):
        return True
    return True if names_box(node, share=not own) or titled_other_stories(node) else None


def _meta_nav(nav: etree._Element) -> bool:
    """Whether a <nav> is the story's meta line, not a menu: a small one of a few links that says who wrote the story or
    when (NDTV's <nav class="pst-by"><ul><li><a class="pst-by_lnk" href="/author/…">Press Trust of India</a></li>
    <li><span>Updated: May 06, 2024 11:02 am IST</span></li></ul></nav>)."""
    if nav.tag != "nav" or next(itertools.islice(nav.iter(), 30, None), None) is not None or sum(1 for _ in nav.iter("a")) > 4:
        return False
    text = visible_text(nav)
    return 0 < len(text) <= 200 and (_BY.search(text) is not None or parse_visible_date(text, "en", fallback=True) is not None)


def _consensus(texts: list[str]) -> bool:
    """Whether at least two of the metadata's headlines say the same."""
    return any(_overlaps(a, b) for i, a in enumerate(texts) for b in texts[i + 1:])


def _overlaps(a: str, b: str) -> bool:
    na, nb = _words(a), _words(b)
    if not na or not nb:
        return False
    sa, sb = f" {' '.join(na)} ", f" {' '.join(nb)} "  # whole words: "€5" is not in "DiEM25"
    return sa in sb or sb in sa


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(html.unescape(text)))


_WEB_ADDRESS = lazy(r"^\s*(?:www\.)?[\w-]+\.(?:de|com|net|org|at|ch|it|fr|uk|info|eu|es|pl|io)\b[\s/»«|]*$", re.IGNORECASE)


def strip_site_name(text: str, site: str | None, only_known: bool = False) -> str:
    """A <title> or og:title without the site name before or after a separator (and without the day a Japanese
    aggregator adds in brackets: "見出し（2020年2月15日）｜BIGLOBEニュース").

    With ``only_known``, only a part that is the site's name goes; otherwise,
    without a known site name, the longest part stays.
    """
    text = _TITLE_DAY.sub("", squash(text)).strip(" -–—|")
    for sep in (*_SEPARATORS, "|", "｜", "_"):
        if sep in text:
            parts = [p for p in _split_title(text, sep) if p.strip()]
            if site:
                key = re.sub(r"[\W_]+", "", normalize(site))
                kept = [p for p in parts if key not in re.sub(r"[\W_]+", "", normalize(p))]
                if len(kept) >= 2 and len(kept) < len(parts) and len(kept[0].split()) >= 3 and all(len(p.split()) <= 2 for p in kept[1:]):
                    return squash(kept[0])  # "Headline | Politics | The Daily": the section between the headline and the site
                if kept and len(kept) < len(parts):
                    return squash(sep.join(kept))
            if len(parts) >= 2 and not only_known and sep in _SEPARATORS:
                # A part that is a web address ("mediaarchitecture.de //") is the site's name.
                named = [p for p in parts if not _WEB_ADDRESS.search(p)] or parts
                if len(named) == 2 and len(named[1].split()) <= 4 and len(named[0].split()) >= 3:
                    return squash(named[0]).strip(" /»«|")  # "Drones hit Kyiv | Daily Mail Online": the site comes last
                return squash(max(named, key=len)).strip(" /»«|")
    if site and not only_known:  # “Headline-新华网”: a site name glued on without spaces
        for sep in ("-", "|"):
            head, _, tail = text.rpartition(sep)
            if head and normalize(tail).strip() == normalize(site).strip():
                return squash(head)
    if not only_known and _CJK.search(text):
        # Chinese and Japanese titles glue the channel and the site on without spaces: "标题_频道_新华网", "見出し｜朝日新聞デジタル".
        parts = [p.strip() for p in re.split(r"[_｜|]", text) if p.strip()]
        if len(parts) < 2:
            head, _, tail = text.rpartition("-")
            parts = [head.strip(), tail.strip()] if head.strip() and tail.strip() else parts
        if len(parts) >= 2 and len(parts[0]) >= 4 and all(len(p) <= 16 for p in parts[1:]):
            return parts[0]
    return text


_TITLE_DAY = lazy(r"(?<=\S)\s*[（(]\d{4}年\d{1,2}月\d{1,2}日[）)](?=\s*(?:[|｜_-]|$))")


def _split_title(text: str, sep: str) -> list[str]:
    """A title's parts at a separator; a dash between numbers is a range, not a separator
    ("Wochenbericht 14. - 20. Januar 2022 - SLF", "Jahresbilanz 2019 – 2020")."""
    if sep.strip() not in "-–—":
        return text.split(sep)
    dash = re.escape(sep)
    return re.split(rf"(?<!\d)(?<!\d\.){dash}|{dash}(?!\d)", text)  # not a number on both sides


class HeadlineFields:
    """The headline field."""

    def headline(self) -> dict[str, Any] | None:
        if "_headline" not in self.__dict__:
            found = self._find_headline()
            self._headline = self._said_with_colon(found) if found is not None else None
        return self._headline

    def headline_element(self) -> etree._Element | None:
        """The element the headline is read from, where it is read from the page's text (not from metadata)."""
        said = self.headline()
        return said["source"].element if said is not None and said["source"].kind == "element" else None

    def _said_with_colon(self, found: dict[str, Any]) -> dict[str, Any]:
        """A heading of a kicker and a headline in elements side by side (Spiegel's <h2><span>Ukraine-Krieg</span> <span>Gespräche
        in Kairo scheitern</span></h2>) reads without the colon the title and the metadata put between them: the headline
        is said as they say it, word for word the heading's."""
        text, element = found.get("text") or "", found["source"].element
        if ":" in text or element is None or len(element) < 2 or self._profiled("headline") is not None:
            return found
        page = self.page
        title = page.title
        site = self.site_name() or self._domain_label()
        witnesses = [strip_site_name(visible_text(title), site)] if title is not None else []
        witnesses += [strip_site_name(stated[0], site, only_known=True) for stated in (self._jsonld_text("headline"), self._meta("og:title")) if stated]
        wanted = _words(text)
        for said in witnesses:
            if ":" in said and _words(said) == wanted:
                return {**found, "text": said}
        return found

    def _find_headline(self) -> dict[str, Any] | None:
        """The article's h1 when the page's metadata (or <title>) agrees with it; else the stated headline.

        An h1 that is the site's name (a logo, the blog's title) does not count;
        the article's own title heading (itemprop=headline, .entry-title, the
        first h2 of the content) stands in for it.
        """
        page = self.page
        profiled = self._profiled("headline")
        if profiled is not None:
            return _value(headline_text(profiled[0]), source_of(page, profiled[0])) if profiled else None
        site = self.site_name()
        title_el = page.title
        title = visible_text(title_el) if title_el is not None else ""
        stated: list[tuple[str, Source]] = []
        ld = self._jsonld_text("headline") or self._jsonld_text("name")
        if ld:
            stated.append(ld)
        for key in ("og:title", "twitter:title", "headline", "dc.title", "dcterms.title"):  # (<meta itemprop="headline">, Dublin Core's)
            found = self._meta(key)
            if found:
                stated.append((found[0], _meta_source(page, found[1], found[2])))
        h1 = headline_h1(page)
        h1_text = headline_text(h1) if h1 is not None else ""
        if h1_text:
            h1_text = _without_subtitle(h1, h1_text, [title, *(s for s, _ in stated)])
            h1_text = _without_media_note(h1_text, [title, *(s for s, _ in stated)])
        h1_ok = bool(h1_text) and not _is_site_heading(h1, h1_text, site, title, self._domain_label())
        agrees = lambda text: any(_overlaps(text, s) for s, _ in stated) or _overlaps(text, title)  # noqa: E731
        article_part = strip_site_name(title, site or self._domain_label()) if title else ""
        if h1_ok and screen_reader_only(h1, visually_hidden(page)):
            # An h1 for screen readers only (the Umweltbundesamt's "visuallyhidden" h1 says the document title,
            # site name and all): the heading readers see that says the title is the article's.
            named = self._heading_titled(h1, [title, *(s for s, _ in stated)])
            if named is None and not agrees(h1_text):
                # … or one that says it with more or less ("Mehr Transparenz bei Preisanpassungen" for the title's
                # "BMJV | Transparenz bei Preisanpassungen"), where the hidden h1 says the ministry's name.
                hidden = visually_hidden(page)
                named = next((h for h in page.headings if h.tag == "h1" and page.order[h] > page.order[h1] and not page.is_hidden(h)
                              and not screen_reader_only(h, hidden) and not _boxed(page, h)
                              and (agrees(said := headline_text(h)) or article_part and _overlaps(said, article_part))), None)
            if named is not None:
                self._headline_el = named
                return _value(headline_text(named), source_of(page, named))
        if h1_ok and (not agrees(h1_text) or len(_words(h1_text)) <= 2 and article_part and not _overlaps(h1_text, article_part)):
            # An h1 that says none of it ("Allergies Health Center" in the page header), or only a word or
            # two of it (the site's "Zoll" for screen readers), while a later heading says the whole title
            # or its article part, is a section's or the site's name; that heading is the article's.
            named = self._heading_titled(h1, [title, *(s for s, _ in stated)])
            if named is not None:
                self._headline_el = named
                return _value(headline_text(named), source_of(page, named))
        # A long h1 is the article's own headline even when the metadata words it for search engines,
        # and so is one marked up as the headline (itemprop=headline, while og:title says the shop's name);
        # a short one that disagrees may be a section's name ("Business Monday", "Opinion").
        if h1_ok and (not stated or agrees(h1_text) or len(_words(h1_text)) >= 6
                      or h1.get("itemprop") == "headline" or h1.find(".//*[@itemprop='headline']") is not None):
            own = self._own_copy(h1, h1_text)
            self._headline_el = own
            return _value(h1_text if own is h1 else headline_text(own), source_of(page, own))
        if h1 is not None and not h1_ok:
            # The h1 is the site's name (Salon's logo); a heading further down says the page's title word for word.
            named = self._heading_titled(h1, [title, *(s for s, _ in stated)])
            if named is not None:
                self._headline_el = named
                return _value(headline_text(named), source_of(page, named))
        alternative = self._title_heading(h1 if h1_ok else None)
        if alternative is not None:
            text = headline_text(alternative)
            if not stated or agrees(text):
                self._headline_el = alternative
                return _value(text, source_of(page, alternative))
        if h1_ok and not _consensus([text for text, _ in stated] + ([title] if title else [])):
            # The metadata does not agree with itself either: the page's own headline is the best witness.
            self._headline_el = h1
            return _value(h1_text, source_of(page, h1))
        if h1 is None and (named := self._heading_titled(None, [title, *(s for s, _ in stated)])) is not None:
            # No h1 to take, and a heading says a title of the page word for word: that heading is the headline, in its own
            # words, before the metadata's (Yahoo's <title> and its h1 in a <header> taken for the banner say the story, its
            # og:title "Yahoo News - Latest News & Headlines"; zaol.hu's <h2>, where the text starts far below it)
            self._headline_el = named
            return _value(headline_text(named), source_of(page, named))
        if ld:
            return _value(strip_site_name(ld[0], site or self._domain_label(), only_known=True), ld[1])
        for text, source in stated:
            return _value(strip_site_name(text, site or self._domain_label()), source)
        if title:
            return _value(strip_site_name(title, site or self._domain_label()), source_of(page, title_el))
        if h1_ok:
            self._headline_el = h1
            return _value(h1_text, source_of(page, h1))
        self._headline_el = alternative
        return _value(headline_text(alternative), source_of(page, alternative)) if alternative is not None else None

    def _own_copy(self, h1: etree._Element, text: str) -> etree._Element:
        """The article's own copy of a headline that an h1 outside the <article> repeats: the
        Rosa-Luxemburg-Stiftung's page header says the title in its h1, and the article says it again
        in <h2><strong itemprop="headline">, beside the byline and the date. Only a copy above the text:
        a subheading that repeats the title after the lead (blinker.de) is not the article's headline."""
        page = self.page
        art = article(page)
        if art is None or art in set(h1.iterancestors()):
            return h1
        wanted = _words(text)
        candidates = [*page.with_itemprop("headline"), *(h for tag in ("h1", "h2", "h3") for h in page.by_tag(tag))]
        for el in page.in_order(set(candidates)):
            if el is not h1 and el.tag != "meta" and art in set(el.iterancestors()) and _words(headline_text(el)) == wanted \
                    and not page.is_hidden(el):
                lead = lead_paragraph(art)
                return h1 if lead is not None and page.order[lead] < page.order[el] else el
        return h1

    def _heading_titled(self, h1: etree._Element | None, titles: list[str]) -> etree._Element | None:
        """A heading after the h1 (h1–h3; any, with no h1) that says, word for word, a whole title of three or more words,
        or one of its parts ("Zoll online - Fachmeldungen - Verkündung des …")."""
        page = self.page
        wanted = set()
        for text in titles:
            parts = {text, strip_site_name(text, self.site_name() or self._domain_label())}
            parts.update(p for sep in _SEPARATORS if sep in text for p in text.split(sep))
            for part in parts:
                if len(_words(part)) >= 3:
                    wanted.add(" ".join(_words(part)))
        if not wanted:
            return None
        order = page.order
        # An h1 that only links to another site is a featured story's teaser (Digg), and so is one inside a link or an aside
        # (heise's "a-article-teaser__title" beside the article): the article's heading may come first.
        start = -1 if h1 is None or self._links_away(h1) or _teaser_heading(h1) else order[h1]
        for el in page.in_order([h for tag in ("h1", "h2", "h3") for h in page.by_tag(tag)]):
            if el is not h1 and order[el] > start and " ".join(_words(headline_text(el))) in wanted:
                if not _boxed(page, el) and not page.is_hidden(el):
                    return el
        return None

    def _links_away(self, heading: etree._Element) -> bool:
        """Whether the heading's words are a link to another site than the page's."""
        own = _parts(self.url())
        link = next(heading.iter("a"), None)
        if own is None or not own.hostname or link is None or visible_text(link) != headline_text(heading):
            return False
        try:
            host = urlparse(link.get("href") or "").hostname
        except ValueError:
            return False
        return bool(host) and host.removeprefix("www.") != own.hostname.removeprefix("www.")

    def _title_heading(self, h1: etree._Element | None) -> etree._Element | None:
        """The article's title when the h1 is the site's name: itemprop=headline, a title class, or the content's first h2."""
        page = self.page
        candidates = page.with_class(*_TITLE_CLASSES)
        if page.with_itemprop("headline"):
            candidates = page.in_order(set(candidates) | set(page.with_itemprop("headline")))
        for el in candidates:
            if el is h1 or el.tag in ("meta", "title", "a", "body", "html") or _boxed(page, el):
                continue
            text = visible_text(el)
            if text and len(text) < 300 and not page.is_hidden(el) and not _FURNITURE.match(text):
                return el
        scope = article(page)
        if scope is None:
            scope = next(iter(mains(page)), None)
        if scope is not None:
            for el in scope.iter("h2"):
                text = visible_text(el)
                if text and not _FURNITURE.match(text) and not _boxed(page, el) and not page.is_hidden(el):
                    return el
            return None
        # No article or main: the h2 or h3 right above the text's first paragraph (within fifteen elements; a TYPO3 news
        # page's "<h2>Levelpässe …</h2>" above its header line and photo, after a sidebar's "<h2>Kommende Events</h2>").
        body = article_body(page, self.profile.get("body"))
        lead = lead_paragraph(body) if body is not None else None
        if lead is not None:
            at = page.order[lead]
            for el in reversed(page.elements[max(0, at - 15): at]):
                if el.tag == "h1":
                    break
                if el.tag in ("h2", "h3") and (text := visible_text(el)) and len(text) < 300 and not _FURNITURE.match(text) \
                        and not _CREDITS_HEADING.match(text) and not _boxed(page, el) and not page.is_hidden(el):
                    return el  # (not a heading that credits the page: "Prepared by Ann Woodlief, Virginia Commonwealth University")
        return None
