"""What a page says about itself, which every field reads: its address, language and site name, and which elements are the article's own."""

from __future__ import annotations

import html
import re
from functools import lru_cache, partial
from typing import Any

from lxml import etree

from ..content import headline_h1, in_template
from ..lazyre import lazy
from ..page import Page
from ..select import select
from ..structured import _objects, json_ld, main_article, text_value
from ..text import normalize, squash, visible_text
from .source import Source, _jsonld_source, _meta_source, _once, _value, source_of
from .names import _AUTHOR_CLASS, letters
from .published import _DAY_ONLY, _floating_within, _parts
from .headline import _box_answer, _boxed, _overlaps, _words, headline_text


_LANGUAGE_TAG = lazy(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


@lru_cache(maxsize=64)
def _language_named(name: str) -> str | None:
    """The tag of a language named in English or in its own words ("Italian", "Deutsch", "français"): CLDR's names through Babel."""
    from babel import Locale, UnknownLocaleError

    key = name.strip().casefold()
    for code, said in Locale("en").languages.items():
        if said.casefold() == key and "_" not in code:
            return code
    for code in ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "da", "nb", "fi", "cs", "tr", "el", "ja", "zh", "ko", "ar", "he"):
        try:
            if (Locale(code).get_language_name(code) or "").casefold() == key:
                return code
        except (UnknownLocaleError, ValueError):
            continue
    return None


_OWN_HEADERS = frozenset(("last-modified", "content-language"))

# Country domains whose country speaks one language that its pages are mostly written in (not Belgium's, Switzerland's or
# India's, nor those that sites of anywhere take for their letters: .co, .io, .is, .am, .me, .tv): the language to read a page
# in that names none.
_COUNTRY_LANGUAGES = {
    "de": "de", "at": "de", "fr": "fr", "it": "it", "es": "es", "mx": "es", "ar": "es", "cl": "es", "pe": "es", "ve": "es",
    "uy": "es", "pt": "pt", "br": "pt", "nl": "nl", "dk": "da", "se": "sv", "no": "nb", "fi": "fi", "pl": "pl", "cz": "cs",
    "sk": "sk", "hu": "hu", "ro": "ro", "bg": "bg", "gr": "el", "tr": "tr", "ru": "ru", "ua": "uk", "si": "sl", "hr": "hr",
    "rs": "sr", "ba": "bs", "mk": "mk", "al": "sq", "lt": "lt", "lv": "lv", "ee": "et", "jp": "ja", "kr": "ko", "cn": "zh", "tw": "zh",
    "vn": "vi", "th": "th", "id": "id", "my": "ms", "il": "he", "ir": "fa", "ge": "ka",
}


class PageContext:
    """The page's address, language and site name, the article's anchor, and the meta and JSON-LD lookups every field uses."""

    def __init__(self, page: Page, profile: dict[str, str] | None = None) -> None:
        self.page = page
        self.profile = {k: v for k, v in (profile or {}).items() if v}
        self.jsonld = main_article(page)  # (block, object) or None

    def _profiled(self, field: str) -> list[etree._Element] | None:
        css = self.profile.get(field)
        if not css:
            return None
        return [el for el in select(self.page.root, css) if not self.page.is_hidden(el)]

    def _meta(self, *keys: str) -> tuple[str, etree._Element, str] | None:
        """The first meta tag among keys, in the order of keys (content, or value as some CMSs write it)."""
        return next(iter(self._metas(*keys)), None)

    def _meta_date(self, *keys: str) -> tuple[str, etree._Element, str] | None:
        """The first date meta tag among keys; where it gives the day alone, the next of them that states that day to the
        minute with its zone (Fox News' <meta name="dc.date" content="2024-05-06">, then dcterms.created's
        "2024-05-06T12:32:00-04:00")."""
        metas = self._metas(*keys)
        if not metas or not _DAY_ONLY.fullmatch(metas[0][0]):
            return metas[0] if metas else None
        return next((m for m in metas[1:] if _floating_within(metas[0][0], m[0], self.text_lang)), metas[0])

    def _metas(self, *keys: str) -> list[tuple[str, etree._Element, str]]:
        """Every meta tag among keys with a value, in the order of keys, then of the page."""
        found: dict[str, list[tuple[str, etree._Element, str]]] = {}
        wanted = [k.lower() for k in keys]
        for el in self.page.metas:
            # (and the headers the page states of itself, <meta http-equiv="last-modified">, "content-language" — not the server's "date",
            # when it was served; a date's value in datetime, as some templates write microdata's <meta itemprop="dateCreated" datetime="…">)
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
            if not key and (equiv := (el.get("http-equiv") or "").strip().lower()) in _OWN_HEADERS:
                key = equiv
            if key in wanted:
                content = squash(el.get("content") or el.get("value") or el.get("datetime"))
                if content:
                    found.setdefault(key, []).append((content, el, key))
        return [entry for k in wanted for entry in found.get(k, ())]

    def _jsonld_text(self, prop: str, anywhere: bool = False) -> tuple[str, Source] | None:
        """A property of the article's JSON-LD object; with anywhere, else of any object (a WebPage) that has it."""
        candidates = [self.jsonld] if self.jsonld is not None else []
        if anywhere:
            candidates += [(block, obj) for block in json_ld(self.page) if block.error is None for obj in _objects(block.data)]
        for block, obj in candidates:
            said = obj.get(prop) if isinstance(obj, dict) else None
            # (a date the CMS wrote as a number, Unix time in seconds or milliseconds: "datePublished": 1676551869000)
            value = str(int(said)) if isinstance(said, (int, float)) and not isinstance(said, bool) else text_value(said)
            if value and squash(value):
                return squash(html.unescape(value)), _jsonld_source(self.page, block.element, f"/{prop}")
        return None

    @_once
    def _domain_label(self) -> str | None:
        """The site's name as its domain spells it (ejw for ejwue.de is not guessed: only exact labels)."""
        parts = _parts(self.url())
        host = (parts.hostname or "") if parts else ""
        labels = host.removeprefix("www.").split(".")
        return labels[0] if len(labels) >= 2 and len(labels[0]) > 2 else None

    @_once
    def site_name(self) -> str | None:
        found = self._meta("og:site_name", "application-name")
        return found[0] if found else None

    @_once
    def lang(self) -> dict[str, Any] | None:
        """The page's language: <html lang>, else XHTML's xml:lang, else the article's JSON-LD inLanguage, og:locale or
        a language meta (<meta http-equiv="content-language">, as older pages say it, or Dublin Core's dc.language); a
        language named in words ("Italian", "Deutsch") gives its tag, a list ("DE, AT, CH") its first."""
        said = self.page.lang or (self.page.root.get("xml:lang") or "").strip()
        if said:
            return {"text": said, "source": source_of(self.page, self.page.root)}
        ld = self._jsonld_text("inLanguage")
        said = ld and (ld[0].replace("_", "-") if _LANGUAGE_TAG.match(ld[0]) else _language_named(ld[0]))
        if said:
            return _value(said, ld[1])
        found = self._meta("og:locale", "language", "content-language", "dc.language", "dcterms.language")
        if found:
            # A language meta may name the language in words ("Italian", "Deutsch"): its tag.
            first = found[0].split(",")[0].strip()  # "DE, AT, CH": the first
            said = first.replace("_", "-") if _LANGUAGE_TAG.match(first) else _language_named(first)
            if said:
                return _value(said, _meta_source(self.page, found[1], found[2]))
        for el in self.page.metas:
            if (el.get("http-equiv") or "").strip().lower() == "content-language" and (said := squash(el.get("content")).split(",")[0].strip()):
                return _value(said, Source(self.page, el, "meta", name="content-language"))
        return None

    @property
    @_once
    def text_lang(self) -> str:
        """The language to read dates and names in: the page's; where it names none, the language of its address's country
        (zaol.hu's "2015. augusztus 20." is Hungarian); else English. (English dates are read in every language.)"""
        said = (self.lang() or {}).get("text")
        if not said:
            parts = _parts(self.url())
            host = (parts.hostname or "") if parts else ""
            said = _COUNTRY_LANGUAGES.get(host.rsplit(".", 1)[-1]) if "." in host else None
        return said or "en"

    def anchor(self) -> etree._Element | None:
        """The element that holds the article's headline: the h1, or the title heading that stands in for it."""
        if "_anchor" not in self.__dict__:
            self.headline()
            el = self.__dict__.get("_headline_el")
            if el is None or el.tag in ("title", "meta"):
                said = (self.headline() or {}).get("text") or ""
                el = self._heading_saying(said)
                if el is None:
                    el = self._text_saying(said)
            if el is None:
                el = headline_h1(self.page)
            self._anchor = el
        return self._anchor

    def _heading_saying(self, text: str) -> etree._Element | None:
        """The first heading (h1–h4) that says the headline taken from metadata (Blogger's h3.post-title,
        inside what Blogger calls a widget)."""
        if not text:
            return None
        page = self.page
        headings = page.in_order([h for tag in ("h1", "h2", "h3", "h4") for h in page.by_tag(tag)])
        wanted = _words(text)
        for el in headings:  # the heading that says it word for word, wherever it stands
            if _words(headline_text(el)) == wanted:
                return el
        # Else the first that says it with more or less: not a section's one word that the headline happens to hold
        # (Salon's "tech" above "… the truth about tech and libertarians").
        for el in headings:
            said = headline_text(el)
            if said and _overlaps(said, text) and (len(_words(said)) >= 3 or 2 * len(_words(said)) >= len(wanted)):
                return el
        return None

    def _text_saying(self, text: str) -> etree._Element | None:
        """On a page whose headline no heading says, the first element of the body that says it (a table layout's
        <p class="text-4"><b><font>…<br>…</font></b></p>, Elecom's press release): its letters all of the headline's
        but a prefix the title adds ("[News] "), however the lines break. Read from the text that opens it up to
        three boxes around, so that a long page is read once."""
        wanted = letters(text)
        if len(wanted) < 8:
            return None
        page = self.page
        for el in page.elements:
            own = letters(el.text or "") if el.tag not in ("title", "script", "style", "option", "textarea") else ""
            if len(own) < 4 or not 0 <= wanted.find(own) <= 0.2 * len(wanted):
                continue
            node = el
            for _ in range(4):
                said = visible_text(node)
                if len(said) > 1.2 * len(text) + 20:
                    break
                shown = letters(said)
                if len(shown) >= 0.8 * len(wanted) and wanted.endswith(shown):
                    if not _boxed(page, node):
                        return node
                    break  # (a teaser's or the navigation's link to this page)
                node = node.getparent()
                if node is None or node.tag in ("body", "html"):
                    break
        return None

    def apart(self, el: etree._Element) -> bool:
        """In a teaser, related box, comment or navigation, unless that box also holds the headline
        (Blogger wraps its posts in a "widget", some sites put the date in an aside of the article);
        an <article> other than the headline's is apart when a box around it is."""
        if in_template(self.page, el):
            return True  # (also inside an <article> or <main> the template holds, where the walk up stops)
        anchor = self.anchor()
        if anchor is None:
            return _boxed(self.page, el)
        decide = self.__dict__.get("_apart_decide")
        if decide is None:
            decide = self._apart_decide = self._decider(anchor, own=False)
        return self.page.walk_up(el.getparent(), "apart", decide)

    def _decider(self, anchor: etree._Element, own: bool):
        """The question walk_up asks of each box around an element: apart from the article (True), the
        article's own (False), or ask its parent (None)."""
        line = {anchor, *anchor.iterancestors()}
        in_article = any(a.tag == "article" for a in line)

        def decide(node: etree._Element) -> bool | None:
            if node in line:
                return False
            if node.tag == "article" and (in_article or not own or any(a.tag == "article" for a in node.iterancestors())):
                # When the headline stands in an <article>, another one is a part of the story (ZDF nests
                # the text's), or a teaser or comment in a box (Die Furche's slider of opinion pieces in an
                # aside, a theme's magazine block, WordPress comments): the boxes around it decide; and in
                # a box of the story's own (its meta aside), it is a teaser. So too an <article> inside the
                # text's <article> below a headline that stands in none (InfoWorld's related stories' cards,
                # each an <article> with its "By …", in an <aside> beside the text); and, asked whether it stands apart,
                # any other <article> below a headline in none: a related story's card in an <aside> at the page's end
                # is apart as the aside is. (The text's own <article> below such a headline holds its own boxes: Infobae's
                # share bar with the date.)
                return True if own else None
            if node.tag == "article" and own:
                return None  # (another <article>, below a headline in none: the boxes around it decide, a related story's card in an aside)
            return _box_answer(node, own)
        return decide

    def _in_own_box(self, el: etree._Element, marked: re.Pattern[str] | None = _AUTHOR_CLASS) -> bool:
        """A byline (by its class; or, with ``marked``, what else its class says; with None, whatever its class) apart only
        because a share bar or a meta aside holds it: National Geographic puts the byline beside the headline in its share
        bar, hpd.de in ``<aside class="meta">``, Infobae the date in its share bar, Die Weltwoche its date and byline,
        classed by their font alone, in the "social-share" box under the headline."""
        if marked is not None and not marked.search(el.get("class") or ""):
            return False
        anchor = self.anchor()
        decide = self._decider(anchor, own=True) if anchor is not None else partial(_box_answer, own=True)
        return not self.page.walk_up(el.getparent(), "apart-but-own-box", decide)

    @_once
    def url(self) -> dict[str, Any] | None:
        for el in self.page.by_tag("link"):
            if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
                return {"text": el.get("href"), "source": source_of(self.page, el)}
        found = self._meta("og:url")
        if found:
            return {"text": found[0], "source": _meta_source(self.page, found[1], found[2])}
        return None

    def _is_site(self, name: str) -> bool:
        """The site's own name (og:site_name or the domain's label), spaces aside: “Seattle Times”, seattletimes."""
        key = re.sub(r"\W+", "", normalize(name))
        return any(key == re.sub(r"\W+", "", normalize(x)) for x in (self.site_name(), self._domain_label()) if x)

    def _lang(self) -> str:
        """The page's language without region: "de" for "de-CH" and "de_CH"."""
        return self.text_lang.split("-")[0].split("_")[0].lower()
