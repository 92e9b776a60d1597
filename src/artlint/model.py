"""The article model (`artlint extract`): what an article page says, and where each value came from.

Values come from a site profile's CSS selectors when configuration gives one;
otherwise from semantic HTML (article, h1, time, figure/figcaption, address,
rel=author, itemprop), JSON-LD and meta tags, preferring the article's own
elements over teasers, related-article boxes and navigation.

Every value records its source: an element (line, column, CSS selector), a
JSON-LD property (and the script element that holds it), or a meta tag.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache, partial
from typing import Any
from urllib.parse import urljoin, urlparse

from lxml import etree

from .content import (article, article_body, content_root, figure_of, headline_h1, image_src, is_navigation, mains, names_box, names_meta,
                      noscript_twin, placeholder_src, titled_other_stories)
from .dates import PUBLISHED_WORDS, UPDATE_WORDS, is_placeholder, moment_written, parse_any, parse_iso, parse_visible_date
from .lazyre import lazy
from .page import Page
from .select import select
from .structured import JsonLdBlock, _objects, _types, articles, is_organization, json_ld, main_article, text_value
from .text import INLINE, in_svg, normalize, squash, text_before, visible_text, visible_text_without

_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " ‹ ", " › ", " / ")
# "Datum: 26. Januar 2022", "Erschienen am: …"; and the last update's label (with its colon): "Stand: …".
_ANY_DATE_LABEL = lazy(
    r"\s*(?:(?P<published>datum|date|published|publiziert|veröffentlicht|erschienen|publié|publicado|pubblicato|erstellt)\s*(?:am|on|le|el|il)?\s*:?"
    r"|(?:zuletzt\s+)?(?:aktualisiert|geändert|stand|(?:last\s+)?updated|mis à jour|actualizado|aggiornato)\s*(?:am|on|le|el|il)?\s*:)",
    re.IGNORECASE,
)
# A label of the story's kind before "by" (CNN's "Analysis by …"), a correspondent's title after the label
# ("Von unserem Korrespondenten …", "Par notre correspondante …"): where a byline opens, as "By" does.
_KIND_OR_TITLE_BY = (
    r"(?:an?\s+)?(?:guest\s+)?(?:news\s+)?(?:opinion|analysis|commentary|interview|review|essay|column|perspective|post|blog\s+post)\s+by|"
    r"as\s+told\s+to|"  # a first-person essay's writer: Business Insider's "As told to Jane Doe"
    # "Testo di", "Texte de", "Un article de", "Texto de": the text's own word before the writer's "by" in Romance languages
    r"(?:texte|texto|testo|(?:un\s+)?article|artigo|articolo|intervista|entrevista|reportagem|reportaje)\s+(?:de|di|da|do|por|par)(?=\s+(?-i:[A-ZÀ-Þ]))|"
    r"von\s+unsere[mr]\s+(?:\w+\s+)?(?:korrespondent(?:en|in)|redakteur(?:in)?|mitarbeiter(?:in)?|reporter(?:in)?)|"
    r"par\s+notre\s+(?:correspondante?|envoyée?\s+spéciale?|journaliste)|por\s+nuestr[ao]\s+(?:corresponsal|enviad[ao]\s+especial)|"
    r"door\s+onze\s+(?:correspondent|verslaggever|redacteur)|dal(?:la)?\s+nostr[ao]\s+(?:inviat[ao]|corrispondente)|"
    r"γράφει(?:\s+(?:ο|η|οι))?"  # Greek: "Γράφει ο Γιώργος Παπαδόπουλος"
)
_BY = lazy(
    r"^\s*(?:(?:" + _KIND_OR_TITLE_BY + "|"
    r"(?:ein\s+|blog[- ]?)?(?:artikel|beitrag)\s*von|(?:eine?\s+)?(?:kommentar|gastkommentar|gastbeitrag|analyse|kolumne|essay|reportage|glosse)\s+von|propos\s+recueillis\s+par|entretien\s+réalisé\s+par|(?:eine\s+)?pressemitteilung\s+von|im\s+wortlaut\s+von|interview\s*:|(?:article|posted|story)\s+by|"
    r"posted\s+on\s+[^|]{3,40}?\s+by|posted\s+in\s+[^|]{2,40}?\s+by|submitted\s+by|(?:gespeichert|eingestellt|verfasst|geschrieben|erstellt)\s+von\s*:?|alles\s+von|"
    r"publié\s+par|publicado\s+por|pubblicato\s+da|text\s+von|reported\s+by|(?:words|story|compiled|reporting|writing)\s+by|from(?=\s+(?-i:[A-ZÀ-Þ]))|"
    r"by|von|par|por|di|door|av|af|oleh|بقلم|מאת|โดย|redaktion\s*:|autor(?:in|/in|\*in|:in)?|auteure?|autore|autora|author|written by|penulis|escribe|escrito por|scritto da|écrit par|text(?:\s*(?:&|und|and|/)\s*(?:fotos?|bilder?|photos?))?|"
    r"napisał(?:a)?|napsal(?:a)?|rédigé\s+par|skrevet\s+a[fv]|írta|toimittaja)\s*:?\s+|(?:texto|reportagem|reporter|writers?|wartawan|pewarta|muhabir|words|story|report)(?:\s*(?:&|and)\s*(?:pictures|photos?|images))?\s*:\s*|(?:责任编辑|编辑|作者|记者|撰文|著者|文|取材・文|文・写真|بقلم|كتب|نویسنده|लेखक|текст|автор|tekst|texte|testo|autorka|yazan|yazar|szerző|teksti|toimittaja|redacción|tác giả|מאת|autorius|autorė|autors|forfatter|författare|kirjoittaja|opracowanie|συντάκτης|κείμενο|contributor|piše|pišu|пише|пишу|аутор|ауторка|avtor|avtorica|avtorji|müəllif|ავტორი|Հեղինակ)\s*[:：՝]\s*|(?:文|作者|记者|記者)\s*[／/]\s*(?:图\s*[／/]?\s*)?)",
    re.IGNORECASE,
)
# "et", "y" and "e" join names only in lower case: "Sarah E. Needleman" and "Bruce Y. Lee" have a middle initial.
_NAME_SPLIT = lazy(r"\s*(?:,|;|\||&|、|，|\s[·•]\s|\band\b|\bund\b|(?-i:\b(?:et|y|e|i|og|och|ja|és|ve|și|şi|и|і|και|dhe)\b)(?!\.)|\bim gespräch mit\b|\bin conversation with\b|\bim interview mit\b)\s*", re.IGNORECASE)
_NOT_A_NAME = lazy(
    r"https?:|www\.|@|[„“”«»《》〈〉]|\+\d|^\d|\d{3,}|\d[:.]\d|^\W*$|\b(?:view|archive|follow|twitter|facebook|share|more|stories|recent|profile|profil|"
    r"lesedauer|minutes?|minuten|updated|published|e-?mail|contact|kontakt|posted|comments?|kommentare?|read|"
    r"bio|policies|policy|learn|erfahren|designed|powered|weiterlesen|veröffentlicht|publiziert|erschienen|publicado|publié|pubblicato|stand|datum|über uns|people|artikel von|beitrag von|posted by|article by|aktualisierung|userprofile|unknown|youtube|vimeo|datenschutz\w*|passwort|zuletzt|geändert|autorenseite|anonym\w*|anónimo|rss|feed|registrieren|anmelden|log ?in|sign (?:in|up)|subscribe|watch live|live tv|"
    r"articles?|artikel|articoli|artículos|artigos|beiträge)\b",  # a link to the author's page: Slate.fr's "Ses articles"
    re.IGNORECASE,
)
# The word for author in other languages too: French "auteur", Hungarian "szerző" (ma.hu's <sub class="szerzo">), Danish and
# Norwegian "forfatter", Swedish "skribent", Turkish "yazar" and "muhabir" (the reporter, Anadolu's "detay-muhabir"), Indonesian
# "penulis". Drupal shows the node's author in its "uid" field.
_AUTHOR_CLASS = lazy(r"(?:^|[\s_-])(?:author|byline|autor|writer|reporter|contributor|verfasser|auteur|szerz[oő]|forfatter|skribent|yazar|muhabir|penulis)\w*(?:$|[\s_-])"
                     r"|field--name-uid\b|(?:^|\s)submitted[-_]by(?:$|\s)"
                     # (Drupal's "submitted-by"; Spanish papers' signature, El Mundo's <p class="firma">)
                     r"|(?:^|\s)firma(?:$|\s)",
                     re.IGNORECASE)
_META_DATES = (
    "article:published_time", "og:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
    "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
    "article.published", "cxenseparse:recs:publishtime", "published_time", "release_date",
    "citation_publication_date", "citation_date",
    # Older and regional names: Open Graph's draft "article:published"; the New York Times' "ptime" and "pdate"
    # ("20180321050012") and "displaydate"; the BBC's "OriginalPublicationDate"; Daum's "og:regDate".
    "article:published", "publication_date", "originalpublicationdate", "article_date_original", "ptime", "pdate",
    "og:regdate", "displaydate",
)
_ISO_MOMENT = lazy(r"(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d")
# (and a section's name between the year and the month, as CNN's addresses had it: "/2010/POLITICS/08/13/")
_URL_DATE = lazy(r"/(20\d\d|19\d\d)(?:/[A-Za-z]{2,30})?[/-](\d{1,2})[/-](\d{1,2})(?:/|\b)")
# A path segment that is a date, day first ("/meldungen/29-10-2021").
_URL_DAY_FIRST = lazy(r"/(\d{1,2})[-.](\d{1,2})[-.](20\d\d|19\d\d)(?=/|$)")


def _date_in_path(path: str, lang: str) -> str | None:
    """The date a page's address gives: "/2016/12/06/", or a step that is the date, day first ("/29-10-2021"),
    but not on an English page when day and month are both 12 or less (an American address puts the month first)."""
    m = _URL_DATE.search(path)
    if m and parse_iso(machine := f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"):
        return machine
    m = _URL_DAY_FIRST.search(path)
    if m and (int(m[1]) > 12 or lang != "en") and parse_iso(machine := f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"):
        return machine
    return None


class Source:
    """Where a value came from. Positions and selectors cost a tokenization of
    the page, so they are computed only when someone asks (output, a finding)."""

    __slots__ = ("page", "element", "kind", "extra")

    def __init__(self, page: Page, element: etree._Element | None, kind: str = "element", **extra: str) -> None:
        self.page, self.element, self.kind, self.extra = page, element, kind, extra

    def as_dict(self) -> dict[str, Any]:
        if self.element is None:
            return {"kind": "document", "line": 1, "column": 1, "selector": "html"}
        line, column = self.page.position(self.element)
        return {"kind": self.kind, "line": line, "column": column, "selector": self.page.selector(self.element), **self.extra}

    def offset(self) -> int | None:
        return None if self.element is None else self.page.offset(self.element)


def source_of(page: Page, el: etree._Element | None) -> Source:
    return Source(page, el, "element" if el is not None else "document")


def _meta_source(page: Page, el: etree._Element, name: str) -> Source:
    return Source(page, el, "meta", name=name)


def _jsonld_source(page: Page, script: etree._Element, pointer: str) -> Source:
    return Source(page, script, "json-ld", property=pointer)


def materialize(value: Any) -> Any:
    """The model as plain JSON data: every Source as its dict."""
    if isinstance(value, Source):
        return value.as_dict()
    if isinstance(value, dict):
        return {k: materialize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [materialize(v) for v in value]
    return value


def _value(text: str | None, source: Source, **extra: Any) -> dict[str, Any] | None:
    text = squash(text)
    if not text:
        return None
    return {"text": text, **extra, "source": source}


def _once(method):
    """Compute a no-argument method once per extractor."""
    name = "_once_" + method.__name__

    def wrapper(self):
        if name not in self.__dict__:
            self.__dict__[name] = method(self)
        return self.__dict__[name]

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


class Extractor:
    """Builds the article model of one page."""

    def __init__(self, page: Page, profile: dict[str, str] | None = None) -> None:
        self.page = page
        self.profile = {k: v for k, v in (profile or {}).items() if v}
        self.jsonld = main_article(page)  # (block, object) or None

    # --- helpers ---------------------------------------------------------------

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

    # --- fields -------------------------------------------------------------------

    def headline(self) -> dict[str, Any] | None:
        if "_headline" not in self.__dict__:
            found = self._find_headline()
            self._headline = self._said_with_colon(found) if found is not None else None
        return self._headline

    def _said_with_colon(self, found: dict[str, Any]) -> dict[str, Any]:
        """A heading of a kicker and a headline in elements side by side (Spiegel's <h2><span>Ukraine-Krieg</span> <span>Gespräche
        in Kairo scheitern</span></h2>) reads without the colon the title and the metadata put between them: the headline
        is said as they say it, word for word the heading's."""
        text, element = found.get("text") or "", found["source"].element
        if ":" in text or element is None or len(element) < 2 or self._profiled("headline") is not None:
            return found
        page = self.page
        title = next((t for t in page.by_tag("title") if not in_svg(t)), None)
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
        from .rules.captions import _screen_reader_only, visually_hidden

        page = self.page
        profiled = self._profiled("headline")
        if profiled is not None:
            return _value(headline_text(profiled[0]), source_of(page, profiled[0])) if profiled else None
        site = self.site_name()
        titles = page.by_tag("title")
        title_el = next((t for t in titles if t.getparent() is not None and t.getparent().tag == "head"), None)
        if title_el is None:  # broken markup before it: libxml2 moved the page's <title> into the body
            title_el = next((t for t in titles if not in_svg(t)), None)
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
        if h1_ok and _screen_reader_only(h1, visually_hidden(page)):
            # An h1 for screen readers only (the Umweltbundesamt's "visuallyhidden" h1 says the document title,
            # site name and all): the heading readers see that says the title is the article's.
            named = self._heading_titled(h1, [title, *(s for s, _ in stated)])
            if named is None and not agrees(h1_text):
                # … or one that says it with more or less ("Mehr Transparenz bei Preisanpassungen" for the title's
                # "BMJV | Transparenz bei Preisanpassungen"), where the hidden h1 says the ministry's name.
                hidden = visually_hidden(page)
                named = next((h for h in page.headings if h.tag == "h1" and page.order[h] > page.order[h1] and not page.is_hidden(h)
                              and not _screen_reader_only(h, hidden) and not _boxed(page, h)
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

    def section(self) -> dict[str, Any] | None:
        profiled = self._profiled("section")
        if profiled is not None:
            return _value(visible_text(profiled[0]), source_of(self.page, profiled[0])) if profiled else None
        ld = self._jsonld_text("articleSection")
        if ld and (said := _one_section(ld[0])) and not self._site_as_section(said):
            return _value(said, ld[1])
        for found in self._metas("article:section", "og:article:section", "articlesection"):  # (SVT: <meta property="articleSection">)
            if (said := _one_section(found[0])) and not self._site_as_section(said):
                return _value(said, _meta_source(self.page, found[1], found[2]))
        root = content_root(self.page)
        for el in self.page.with_itemprop("articleSection"):  # microdata: <span itemprop="articleSection"><a>Politics</a></span>
            if root is not None and el.tag != "meta" and root not in set(el.iterancestors()):
                continue  # a teaser's
            link = next(el.iter("a"), None) if el.tag != "a" else None  # "Posted in <a>News</a>", "<a>Aktuelles</a> <a>Allgemein</a>"
            said = (el.get("content") if el.tag == "meta" else visible_text(link if link is not None else el)) or ""
            if (said := _one_section(said.strip(_TRAIL_SEPARATORS))) and not self._site_as_section(said):
                return _value(said, source_of(self.page, el) if el.tag != "meta" else Source(self.page, el, attribute="content"))
        crumb = self._breadcrumb_section()
        if crumb is not None:
            return crumb
        for found in self._metas("parsely-section", "section"):  # Parse.ly's, and an older name: less often the reader's words
            if said := _one_section(found[0]):
                return _value(said, _meta_source(self.page, found[1], found[2]))
        return self._category_section() or self._kicker_section()

    def _kicker_section(self) -> dict[str, Any] | None:
        """The section's link the template shows just above the headline (or just below it), by a class that says so:
        a kicker, an eyebrow, a rubric, an overline, the section or category label (The Washington Post's "kicker-link",
        NBC's "unibrow", Condé Nast's "rubric__link", Chicago Tribune's "Overline", German papers' "Dachzeile")."""
        page = self.page
        anchor = self.anchor()
        if anchor is None:
            return None
        elements, at = page.elements, page.order[anchor]
        for i in [*range(at - 1, max(-1, at - 26), -1), *range(at + 1, min(len(elements), at + 16))]:
            link = elements[i]
            if link.tag != "a" or not link.get("href"):
                # Or a label above the headline that links nowhere, by a class that names the category or section
                # (8 Sidor's <p class="category-header">Sverige</p>); a kicker without a link says a topic more often.
                if i > at or len(link) or not _CATEGORY_LABEL_CLASS.search(link.get("class") or "") or link.tag in ("body", "main", "article"):
                    continue
            parent = link.getparent()
            named = " ".join(filter(None, (link.get("class"), parent.get("class") if parent is not None else None)))
            # (a token that names the kicker: not a layout's bare "section" box)
            kicker = any(_SECTION_LABEL_CLASS.search(token) and token.lower() not in ("section", "sections") for token in named.split())
            if not kicker or _NOT_SECTION_LABEL_CLASS.search(named) or self.apart(link) \
                    or any(is_navigation(a) for a in itertools.islice(link.iterancestors(), 6)):
                continue
            text = visible_text(link).strip(_TRAIL_SEPARATORS)
            if text and len(text) <= 40 and len(text.split()) <= 5 and not _NOT_A_SECTION.search(text) and not self._is_site(text) \
                    and normalize(text) not in _NO_CATEGORY and (said := _one_section(text)):
                return _value(said, source_of(page, link))
        return None

    def _site_as_section(self, said: str) -> bool:
        """The site's own name stated as the section (Page Six's "pagesix", The Balance's "The Balance"), unless that name
        is a section's word too (National Geographic's site "Magazine", its subdomain "news")."""
        return self._is_site(said) and normalize(said) not in _SECTION_WORDS

    def _category_section(self) -> dict[str, Any] | None:
        """The post's first category, as WordPress links it (rel="category tag") in the article's meta line:
        a blog's sections are its categories; not the default one that says there is none ("Uncategorized")."""
        page = self.page
        anchor = self.anchor()
        box = _article_of(anchor) if anchor is not None else None
        if box is None:
            box = content_root(page)
        if box is None:
            return None
        for link in box.iter("a"):
            if "category" in (link.get("rel") or "").lower().split():
                text = visible_text(link).strip(_TRAIL_SEPARATORS)
                if text and normalize(text) not in _NO_CATEGORY and not _NOT_A_SECTION.search(text) and (said := _one_section(text)):
                    return _value(said, source_of(page, link))
        return None

    def _breadcrumb_section(self) -> dict[str, Any] | None:
        """The section a breadcrumb trail names: its last step before the article itself, not the home page.
        The JSON-LD BreadcrumbList first, then a breadcrumb the page shows (by aria-label, class or microdata)."""
        page = self.page
        for block in json_ld(page):
            if block.error is not None:
                continue
            for obj in _objects(block.data):
                if "BreadcrumbList" not in _types(obj) or not isinstance(obj.get("itemListElement"), list):
                    continue
                steps = []
                for i, item in enumerate(obj["itemListElement"]):
                    if not isinstance(item, dict):
                        continue
                    thing = item.get("item")
                    name = text_value(item.get("name")) or (text_value(thing.get("name")) if isinstance(thing, dict) else None)
                    href = thing if isinstance(thing, str) else thing.get("@id") or thing.get("url") if isinstance(thing, dict) else None
                    position = item.get("position") if isinstance(item.get("position"), (int, float)) else i
                    steps.append((position, squash(html.unescape(name or "")), href if isinstance(href, str) else None, i))
                step = self._section_step([(text, href, i) for _, text, href, i in sorted(steps, key=lambda s: s[0])])
                if step is not None:
                    return _value(step[0], _jsonld_source(page, block.element, f"/itemListElement/{step[2]}/name"))
        if "readcrumb" not in page.text:
            return None
        # Classes (above the headline, or just below it, where breadcrumbs stand), ids (from the page's index) and
        # navigation labelled so; a class index of its own would cost more.
        anchor = self.anchor()
        upto = page.order[anchor] + 50 if anchor is not None else None
        found = {el for el in page.elements[:upto] if "readcrumb" in (el.get("class") or "")}
        found.update(el for ident, els in page.ids.items() if "readcrumb" in ident for el in els)
        found.update(el for el in page.by_tag("nav") if "readcrumb" in (el.get("aria-label") or ""))
        if not found:  # microdata's BreadcrumbList, another element labelled so: the whole tree read (slower)
            found.update(_BREADCRUMBS(page.root))
        marked = [el for el in page.in_order(found) if el.tag not in ("body", "html", "main", "article", "script", "style", "link", "meta")]

        def items_of(el: etree._Element) -> list[etree._Element]:
            return [li for li in el.iter("li")] or [a for a in el.iter("a")]

        for i, el in enumerate(marked):
            inner = marked[i + 1] if i + 1 < len(marked) else None
            if inner is not None and el in set(inner.iterancestors()) and len(items_of(inner)) >= 2:
                continue  # a box around the breadcrumb (and the share buttons beside it): the breadcrumb itself
            items = items_of(el)
            steps = []
            for item in items[:12]:
                link = item if item.tag == "a" else next(item.iter("a"), None)
                steps.append((visible_text(item), link.get("href") if link is not None else None, item))
            step = self._section_step(steps)
            if step is not None:
                return _value(step[0], source_of(page, step[2]))
            if items:
                return None  # the page's breadcrumb names no section
        return None

    def _section_step(self, steps: list[tuple[str, str | None, Any]]) -> tuple[str, str | None, Any] | None:
        """The last step of a breadcrumb trail that is neither the home page nor the article itself (its headline,
        its own address, or a last step that links nowhere)."""
        steps = [(text, href, where) for text, href, where in ((t.strip(_TRAIL_SEPARATORS), h, w) for t, h, w in steps)
                 if text and not _NOT_A_SECTION.search(text)]
        if not steps:
            return None
        headline = normalize((self.headline() or {}).get("text"))
        own = (self.url() or {}).get("text")
        last = steps[-1]
        text = normalize(last[0])
        if (headline and (text == headline or len(text) > 20 and (text in headline or headline in text)) or last[1] and own and _same_page(last[1], own)
                or not last[1] or len(last[0]) > 60):
            steps = steps[:-1]
        if steps and (normalize(steps[0][0]) in _HOME_WORDS or self._is_site(steps[0][0]) or steps[0][1] and urlparse(steps[0][1]).path in ("", "/")):
            steps = steps[1:]
        if not steps:
            return None
        step = steps[-1]
        if normalize(step[0]) in _NO_SECTION:
            return None  # "Home › Articles › …": a list of all the stories, no section
        return step if 2 <= len(step[0]) <= 40 and len(step[0].split()) <= 5 else None  # not a lexicon's letter ("E")

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

    def published(self) -> dict[str, Any] | None:
        return _with_moment(self._date("published", "datePublished", _META_DATES))

    def modified(self) -> dict[str, Any] | None:
        return _with_moment(self._date("modified", "dateModified", ("article:modified_time", "og:updated_time", "dateModified", "last-modified",
                                                                       "dcterms.modified", "article:modified", "utime", "lastmodified",
                                                                       "dateUpdate", "dateUpdated")))

    def _date(self, field: str, ld_key: str, meta_keys: tuple[str, ...]) -> dict[str, Any] | None:
        """JSON-LD, then meta tags, then the page's own <time> and date texts near the headline, then the URL."""
        from .rules.dates import in_story_card, published_time

        page = self.page
        lang = self.text_lang
        profiled = self._profiled(field)
        if profiled is not None:
            if not profiled:
                return None
            el = profiled[0]
            machine = el.get("datetime") or el.get("content") or ""
            return _date_value(visible_text(el), machine, source_of(page, el), lang)
        if field == "modified":
            return self._modified(ld_key, meta_keys)
        visible = published_time(page)
        stated = self._jsonld_text(ld_key, anywhere=True)
        if stated is None:
            found = self._meta_date(*meta_keys)
            stated = (found[0], _meta_source(page, found[1], found[2])) if found else None
        if visible is not None and stated is not None:
            said, machine = _stated(stated[0], lang), _stated(visible.value, lang)
            if said is not None and machine is not None and machine.day is not None and abs((said.day - machine.day).days) <= 1:
                # The page shows the date the metadata states: point at what readers see. A <time> that also says its update
                # ("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC") holds the update's moment (NBC News):
                # the metadata's is the publication's.
                text = _published_part(visible.text, lang)
                value = stated[0] if text != visible.text else visible.value
                if self._modified_moment(value) and not self._modified_moment(stated[0]):
                    # The <time> holds the update's moment, as the metadata's dateModified says it (The Independent's
                    # <amp-timeago> on the day of publication, a live blog's latest post): the publication's moment is the
                    # metadata's, and its text that of a <time> that states it (the live blog's first post), else the <time>'s
                    # when it shows the day alone ("01 October 2020"), else none.
                    own = self._time_stating(stated[0])
                    if own is not None:
                        return _date_value(visible_text(own), stated[0], source_of(page, own), lang)
                    if not _TIME_OF_DAY.search(text):
                        return _date_value(text, stated[0], source_of(page, visible.element), lang)
                    return _date_value("", stated[0], stated[1], lang)
                if _floating_within(value, stated[0], lang):
                    # the day (or the local time) the <time> gives, as the metadata states it to the minute with its zone
                    # (ANSA's datetime="2024-05-06", NHK's "2024-05-06T10:32" beside JSON-LD's "…T10:32:00+09:00")
                    value = stated[0]
                return _date_value(text, value, source_of(page, visible.element), lang)
        ld = self._jsonld_text(ld_key, anywhere=True)
        if ld and (in_ld := _stated(ld[0], lang)):
            if field == "published" and (found := self._meta_date(*meta_keys)) and (said := _stated(found[0], lang)) is not None:
                if in_ld.day is not None and said.day is not None and abs((said.day - in_ld.day).days) > 1:
                    # JSON-LD and a meta tag disagree (a republished story's JSON-LD keeps the first date, or the
                    # meta tag the first): the date shown beside the headline sides with one of them.
                    beside = self._date_beside_headline(visible)
                    seen = _stated(beside["datetime"], lang) if beside else None
                    if seen is not None and seen.day is not None and abs((said.day - seen.day).days) <= 1 < abs((in_ld.day - seen.day).days):
                        return _date_value(beside["text"] or "", found[0], _meta_source(page, found[1], found[2]), lang)
            return _date_value(self._shown_for(visible, in_ld, lang) or self._shown_on(in_ld, lang), ld[0], ld[1], lang)
        found = self._meta_date(*meta_keys)
        said = _stated(found[0], lang) if found else None
        if said is not None:
            if field == "published" and found[2] in _GENERIC_DATE_META:
                # A bare <meta name="date"> often says when the page last changed (or swaps month and day: a
                # Swiss server's "11/01/2023 12:43:42"); a date shown right beside the headline, or one the page
                # labels as its publication's ("Erstellt am: 01.11.2023"), that disagrees with it is the date readers see.
                beside = self._date_beside_headline(visible) or self._labelled_date()
                seen = _stated(beside["datetime"], lang) if beside else None
                if seen is not None and abs((said.day - seen.day).days) > 1:
                    return beside
            return _date_value(self._shown_for(visible, said, lang) or self._shown_on(said, lang), found[0], _meta_source(page, found[1], found[2]), lang)
        if visible is not None:
            return _date_value(_published_part(visible.text, lang), visible.value, source_of(page, visible.element), lang)
        if field != "published":
            return None
        for el in page.with_itemprop("datePublished"):
            # <abbr title="2018-06-05T08:00:00-07:00">: the abbr design pattern of microformats (Blogger)
            machine = el.get("datetime") or el.get("content") or (el.get("title") if el.tag == "abbr" else None) or visible_text(el)
            if _stated(machine, lang):
                return _date_value(visible_text(el), machine, source_of(page, el), lang)
        update = None  # (a <time> that says it is the update's only where no other says the publication: La Estrella's "Actualizado …", "Creado …")
        for time in page.times:
            # Scripts that show "3 hours ago" keep the moment in a data attribute or the title ("timeago" plugins).
            machine = (time.get("datetime") or time.get("data-published") or time.get("data-time") or time.get("data-timestamp")
                       or time.get("title") or "")
            if machine and _stated(machine, lang) and not self.apart(time) and not in_story_card(page, time):
                if not _says_updated(visible_text(time)[:30]):
                    return _date_value(visible_text(time), machine, source_of(page, time), lang)
                update = update or _date_value(visible_text(time), machine, source_of(page, time), lang)
        if update is not None:
            return update
        for abbr in page.by_tag("abbr"):
            # The microformats' abbr pattern without its class: Yahoo's byline "<abbr title="2011-08-25T01:40:40Z">1 hr 4 mins
            # ago</abbr>" (a moment to the minute in the title, no abbreviation's expansion).
            machine = (abbr.get("title") or "").strip()
            if _ISO_MOMENT.match(machine) and _stated(machine, lang) and not self.apart(abbr) and not in_story_card(page, abbr):
                return _date_value(visible_text(abbr), machine, source_of(page, abbr), lang)
        near = self._date_text_near_headline()
        if near is not None and (beside := self._update_beside_headline(near)) is not None:
            near = beside
        in_sentence = near is not None and len(near["text"] or "") > 60 and not _DATE_HINT.search(near["source"].element.get("class") or "")
        if near is not None and not in_sentence:
            return near
        for el, key in publication_metas(page):  # any other meta that names a publication date (sw-pubdate, pubdate, …)
            machine = el.get("content") or el.get("value") or el.get("datetime") or ""
            if _stated(machine, lang):
                return _date_value("", machine, _meta_source(page, el, key), lang)
        labelled = self._labelled_date()
        if labelled is not None:
            return labelled
        url = self.url()
        parts = _parts(url)
        machine = _date_in_path(parts.path, self._lang()) if parts else None
        if machine:
            return {"text": None, "datetime": machine, "source": url["source"]}
        if near is not None:
            # A date in a sentence of the text ("… was opened on 18 October") is often the event's: the
            # page's other witnesses of the publication date come first.
            return near
        # Then a date written further below the headline; last, close to it, a date in a box beside it
        # whose class says so (an aside of the article with its meta line), or the only date the page
        # shows, when it was updated, near the headline or labelled anywhere ("Aktualisiert: 30.12.2016").
        return (self._update_beside_headline(None) or self._date_written_near(400, 8000) or self._date_written_near(40, 600, last_resort=True)
                or self._date_written_near(400, 8000, updates=True) or self._labelled_date("updated"))

    def _time_stating(self, value: str) -> etree._Element | None:
        """The article's first <time> whose machine value states the moment ``value`` does, to the second."""
        from .rules.dates import in_story_card

        said = _stated(value, self.text_lang)
        if said is None or said.moment is None or said.zone is None:
            return None
        for time in self.page.times:
            machine = _stated(time.get("datetime") or "", self.text_lang)
            if machine is not None and machine.moment == said.moment and machine.zone is not None and visible_text(time) \
                    and not self.apart(time) and not in_story_card(self.page, time):
                return time
        return None

    def _modified_moment(self, value: str) -> bool:
        """Whether a machine value states, to the second, the moment the metadata gives as the article's modification."""
        said = _stated(value, self.text_lang)
        if said is None or said.moment is None or said.zone is None:
            return False
        return said.moment == self._modified_moment_stated()

    def _modified_moment_stated(self):
        """The moment, with its zone, that the metadata gives as the article's modification (JSON-LD's dateModified, else
        article:modified_time or og:updated_time), or None."""
        stated = self._jsonld_text("dateModified", anywhere=True)
        found = stated[0] if stated else (self._meta("article:modified_time", "og:updated_time") or ("",))[0]
        modified = _stated(found, self.text_lang) if found else None
        return modified.moment if modified is not None and modified.moment is not None and modified.zone is not None else None

    def _update_beside_headline(self, written: dict[str, Any] | None) -> dict[str, Any] | None:
        """The date right beside the headline (within ten elements) though it says it is the update's (the IPA's
        "最終更新日：2019年4月2日" under the h1), when the page has no other date there: it dates the page better than one
        written further below (``written``, found by no class that says date), which is more often an event's or a linked
        report's ("2019年3月15日公表" before a link to another agency's warning)."""
        page, anchor = self.page, self.anchor()
        if anchor is None:
            return None
        if written is not None:
            element = written["source"].element
            if element is None or abs(page.order[element] - page.order[anchor]) <= 10 or _DATE_HINT.search(element.get("class") or ""):
                return None
        beside = self._date_written_near(10, 400, updates=True)
        element = beside["source"].element if beside is not None else None
        return beside if element is not None and abs(page.order[element] - page.order[anchor]) <= 10 else None

    @staticmethod
    def _shown_for(visible, said, lang: str) -> str:
        """The text of the page's published <time>, when it shows the day the metadata states (``said``, or the day before
        or after): a <time> that shows another day ("09.03.2022" beside a meta tag's 2022-11-17) is not this date's text."""
        if visible is None or not visible.text or said.day is None:
            return ""
        seen = _stated(visible.value, lang)
        if seen is not None and seen.day is not None:
            day = seen.day
        else:
            written = parse_visible_date(visible.text, lang, fallback=True)
            if written is None:
                return ""
            day = written[0]
        return visible.text if abs((said.day - day).days) <= 1 else ""

    def _shown_on(self, stated, lang: str) -> str:
        """The date written beside the headline, when it is the day the metadata states (or the day before or after,
        as time zones differ): the text readers see of the date the page has no <time> for; not a sentence of the text
        that names the day in passing ("… date strings like "Oct 20, 2025" instead of …")."""
        from .rules.dates import _other_order_agrees

        beside = self._date_beside_headline(None)
        seen = _stated(beside["datetime"], lang) if beside else None
        if seen is None or stated.day is None:
            return ""
        said = beside["text"] or ""
        written = parse_visible_date(said, lang, fallback=True)
        if abs((stated.day - seen.day).days) > 1 and not (written is not None and _other_order_agrees(written[1], stated.day, lang, 1)):
            return ""  # (English without a region writes "06/05/2024" day first too: France 24's English pages)
        shown = _stated(moment_written(said, seen.day) or "", lang) if stated.moment is not None and stated.zone is not None else None
        if shown is not None and shown.moment is not None and abs((shown.moment - stated.moment).total_seconds()) >= 120 \
                and (modified := self._modified_moment_stated()) is not None and abs((shown.moment - modified).total_seconds()) < 120:
            return ""  # the update's moment, as the metadata states it: a live blog's latest post ("4:40 p.m. ET, May 6, 2024")
        before = said[: said.find(written[1])] if written is not None else ""
        holder = beside["source"].element
        # (a label, a weekday, a byline may stand before the date in a meta line: "Publicado: Miércoles, 4 de …", "Posted in
        # Datenschutz by damianduchamps on August 3, 2019"; a paragraph of the text that names the day after many words is no date line)
        return "" if len(before.split()) > 5 and holder is not None and len(visible_text(holder)) > 120 else said

    def _modified(self, ld_key: str, meta_keys: tuple[str, ...]) -> dict[str, Any] | None:
        """When the article was last changed: as JSON-LD or a meta tag states it, pointing at the date the page
        shows when that is the same day; else the date the page shows as its update."""
        page, lang = self.page, self.text_lang
        stated = self._jsonld_text(ld_key, anywhere=True)
        if stated is None or _stated(stated[0], lang) is None:
            found = self._meta(*meta_keys)
            stated = (found[0], _meta_source(page, found[1], found[2])) if found and _stated(found[0], lang) else None
        if stated is None:
            return self._shown_update(everywhere=True)
        shown = self._shown_update()
        if shown is not None:
            said, seen = _stated(stated[0], lang), _stated(shown["datetime"], lang)
            if said is not None and seen is not None and abs((said.day - seen.day).days) <= 1:
                return shown  # the page shows the date the metadata states: point at what readers see
        return _date_value("", stated[0], stated[1], lang)  # (another date shown is not this one's text)

    def _shown_update(self, everywhere: bool = False) -> dict[str, Any] | None:
        """The update date the page shows: marked as dateModified (microdata), a <time> in a box whose class says
        updated or modified (hAtom's "updated"), a line beside the headline that says so ("Updated 5:03 PM EST",
        "Stand: 28.04.2020 18:00 Uhr"); ``everywhere``, also a date labelled so elsewhere ("Aktualisiert: …") when
        the search for the publication date has read the page's labels already (a pass over every element is too
        dear for this alone)."""
        page, lang = self.page, self.text_lang
        anchor = self.anchor()
        for el in page.with_itemprop("dateModified"):
            machine = el.get("datetime") or el.get("content") or (el.get("title") if el.tag == "abbr" else None) or visible_text(el)
            # (apart only because the meta line beside the headline is a <nav>, as NDTV's is, it is the story's own)
            if _stated(machine, lang) and (not self.apart(el) or anchor is not None and abs(page.order[el] - page.order[anchor]) <= 15
                                           and self._in_own_box(el, None)):
                return _date_value(visible_text(el), machine, source_of(page, el), lang)
        for time in page.times:
            machine = time.get("datetime") or ""
            marks = [time, *itertools.islice(time.iterancestors(), 2)]
            if machine and any(_UPDATED.search(a.get("class") or "") for a in marks) and _stated(machine, lang) and not self.apart(time):
                return _date_value(visible_text(time), machine, source_of(page, time), lang)
        # Elsewhere, only what the publication date's search has read already.
        elsewhere = self._labelled_date("updated") if everywhere and "_once__labelled_dates" in self.__dict__ else None
        # Beside the headline, a line that says so, with or without a colon: "Updated 5:03 PM EST, Wed December 7, 2016"
        if anchor is None:
            return elsewhere
        at, elements = page.order[anchor], page.elements
        for el in elements[max(0, at - 15): at + 40]:
            text = squash((el.text or "") + " " + (el.tail or "")) if el.tag not in ("script", "style", "noscript", "template", "meta") else ""
            said = _UPDATE_LINE.search(text) if 8 < len(text) <= 160 else None
            before = text[: said.start()].rstrip() if said is not None else ""
            if said is not None and (said.start() == 0 or before[-1:] in ",;|·/–—-(（" or before[-1:].isdigit()):  # a line's label, not a sentence's word
                text = text[said.start():]  # "Veröffentlicht am 06.12.2016, aktualisiert am 07.12.2016": the update's part
                if before.endswith(("(", "（")):  # "December 4, 2026 (Updated: December 5, 2026)"
                    text = re.split(r"[)）]", text, maxsplit=1)[0]
                published = _PUBLISHED_LINE.search(text)  # "Updated Dec. 5, 2026 / Published Dec. 4, 2026": up to that label
                text = text[: published.start()].rstrip(" ,|·•;/–—-") if published else text
                shown = parse_visible_date(text, lang, fallback=True)
                if shown is not None and not self.apart(el):
                    machine = el.get("datetime") if el.tag == "time" else None
                    stated = _stated(machine, lang) if machine else None
                    if stated is not None and stated.day == shown[0]:
                        return _date_value(text, machine, source_of(page, el), lang)  # the <time>'s own moment
                    return {"text": text, "datetime": shown[0].isoformat(), "source": source_of(page, el)}
        return elsewhere

    def _date_beside_headline(self, visible) -> dict[str, Any] | None:
        """The published <time>, or a date written near the headline, when it stands within 20 elements of it
        (a meta line with an icon, the <time> and a rating counts a few)."""
        page = self.page
        anchor = self.anchor()
        if anchor is None:
            return None
        if visible is not None:
            found = _date_value(visible.text, visible.value, source_of(page, visible.element), self.text_lang)
        else:
            found = self._date_text_near_headline()
        element = found["source"].element if found else None
        if element is None:
            return None
        distance = abs(page.order[element] - page.order[anchor])
        if distance > 20 and not (distance <= 80 and _DATE_HINT.search(element.get("class") or "") and _drawn_apart(page, anchor, element) <= 30):
            return None  # (a date line by its class a little further, past the byline's icons and the lead photo: Infobae's)
        return found

    @_once
    def _date_text_near_headline(self) -> dict[str, Any] | None:
        """A written date in an element whose class says date, time or published, near the h1;
        else the first date written within a few lines after (or just before) the h1."""
        found = self._date_by_class()
        if found is not None:
            return self._date_in_byline_under(found) or found
        return self._date_written_near(80, 1000)

    def _date_in_byline_under(self, found: dict[str, Any]) -> dict[str, Any] | None:
        """The date written in the byline or meta line right under the headline (within five elements), when the date
        found by its class stands further away (over ten elements): Polygon's "By Jane Doe on Jul 04, 2014 at 11:30a"
        under the h2, before a video browser's "long_date" of another video."""
        page, anchor = self.page, self.anchor()
        element = found["source"].element
        if anchor is None or element is None or abs(page.order[element] - page.order[anchor]) <= 10:
            return None
        lang = self.text_lang
        order = page.order[anchor]
        for el in page.elements[order + 1: order + 6]:
            if anchor in set(el.iterancestors()) or not names_meta(el) or self.apart(el):
                continue
            text = visible_text(el)
            shown = parse_visible_date(text, lang, fallback=True) if 4 < len(text) <= 160 else None
            if shown is not None:
                if shown[0].isoformat() == (found.get("datetime") or "")[:10]:
                    return None  # the same day: the date found by its class says it
                # the element that says the date, or the words around it where the markup sets them apart from the name
                # ("on Jul 04, 2014 at 11:30a")
                inner = [d for d in el.iterdescendants() if isinstance(d.tag, str) and shown[1] in visible_text(d)]
                if inner:
                    holder, piece = inner[-1], visible_text(inner[-1])
                else:
                    holder = el
                    piece = next((squash(t) for t in (el.text, *(c.tail for c in el)) if t and shown[1] in squash(t)), text)
                return {"text": _date_phrase(piece, shown[1], lang), "datetime": shown[0].isoformat(), "source": source_of(page, holder)}
        return None

    def _date_written_near(self, ahead: int, reading: int, last_resort: bool = False, updates: bool = False) -> dict[str, Any] | None:
        """The first date written within ``ahead`` elements and ``reading`` characters after the
        headline (or the start of the content), else within 40 elements before it; but a date that
        stands alone within ten elements either side beats one in a sentence of the text. As the
        ``last_resort``, also dates that say they are updates, and dates in boxes whose class says date;
        with ``updates``, only the first of these."""
        from .rules.dates import _in_other_article

        page = self.page
        h1 = self.anchor()
        if h1 is None:
            h1 = content_root(page)
            if h1 is None:
                h1 = page.root.find("body")  # no headline and no content block: from the top of the page
                if h1 is None:
                    return None
        lang = self.text_lang
        order = page.order[h1]
        elements = page.elements
        close = [i for d in range(1, 11) for i in (order + d, order - d) if 0 <= i < len(elements)]
        parsed = self.__dict__.setdefault("_written_dates", {})  # text → its date, shared by the passes
        for window in (close, range(order + 1, min(len(elements), order + ahead)), range(order - 1, max(-1, order - 40), -1)):
            seen = 0
            for i in window:
                el = elements[i]
                if el.tag in ("script", "style", "noscript", "template"):
                    continue
                text = squash((el.text or "") + " " + (el.tail or "") + "".join(" " + (c.tail or "") for c in el if not isinstance(c.tag, str)))
                if not text:  # (with what follows a comment inside: Daejon Ilbo's "<span>…</span><!--…-->2020-03-04 16:52:59")
                    continue
                seen += len(text)
                if seen > reading:
                    break
                if self.apart(el) and not (last_resort and _DATE_HINT.search((el.get("class") or "") + " " + (el.get("id") or ""))
                                           and not _in_other_article(el, {h1, *h1.iterancestors()})) \
                        and not (window is close and self._in_own_box(el, None)):  # not a teaser's or a comment's; the share bar's beside the headline is its own
                    continue
                if _CLOCK.search(text):
                    continue
                if not (last_resort or updates) and _says_updated(text):
                    text = _without_updates(text)  # "Aktualisiert am 06.03.2024, erstellt am 05.03.2024"
                    if not text:
                        continue
                shown = parsed[text] if text in parsed else parsed.setdefault(text, parse_visible_date(text, lang, fallback=True))
                if shown is not None and (len(text) <= 60 or window is not close):
                    # A date after the element, in its tail, stands in the element around it (Yonhap's
                    # <span><strong><a>North Korea</a></strong> 09:31 August 20, 2019</span>): point there.
                    holder = el.getparent() if shown[1] not in squash(el.text) and el.getparent() is not None else el
                    return {"text": _date_phrase(text[:120], shown[1], lang), "datetime": shown[0].isoformat(), "source": source_of(page, holder)}
        return None

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
            if node.tag == "article" and (in_article or any(a.tag == "article" for a in node.iterancestors())):
                # When the headline stands in an <article>, another one is a part of the story (ZDF nests
                # the text's), or a teaser or comment in a box (Die Furche's slider of opinion pieces in an
                # aside, a theme's magazine block, WordPress comments): the boxes around it decide; and in
                # a box of the story's own (its meta aside), it is a teaser. So too an <article> inside the
                # text's <article> below a headline that stands in none (InfoWorld's related stories' cards,
                # each an <article> with its "By …", in an <aside> beside the text).
                return True if own else None
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

    def _labelled_date(self, kind: str = "published") -> dict[str, Any] | None:
        """A date the page labels as such (“Datum: 26. Januar 2022”, “Published: …”; with ``kind="updated"``,
        “Aktualisiert: …”) in the content, else anywhere outside teasers and comments (a review's footer
        beside its text: “Erschienen am: …”)."""
        return self._labelled_dates().get(kind)

    @_once
    def _labelled_dates(self) -> dict[str, dict[str, Any]]:
        """The first labelled date of each kind, in one pass over the page: the content's first, else the body's."""
        page = self.page
        content, body = content_root(page), page.root.find("body")
        scope = body if body is not None else content
        if scope is None:
            return {}
        lang = self.text_lang
        found: dict[tuple[str, bool], dict[str, Any]] = {}
        for el in scope.iter():
            if not isinstance(el.tag, str):
                continue
            if el.text and (m := _ANY_DATE_LABEL.match(el.text)):
                parent = el.getparent()
                text = squash(visible_text(parent if parent is not None and len(visible_text(el)) < 20 else el))
                label = text.find(squash(el.text))  # from the label on: "Beginn: 13. Mai 2012 … Aktualisiert: 15. Februar 2012"
                text = text[max(label, 0):][:160]
            elif el.tag == "br" and el.tail and (m := _ANY_DATE_LABEL.match(el.tail)):  # <br>Erschienen am: 01.11.2023
                text = squash(el.tail)[:160]
            else:
                continue
            kind = "published" if m["published"] is not None else "updated"
            inside = content is not None and (el is content or content in el.iterancestors())
            if (kind, inside) in found or (kind, True) in found:
                continue
            shown = parse_visible_date(text, lang, fallback=True)
            if shown is not None and not self.apart(el):
                found[kind, inside] = {"text": text, "datetime": shown[0].isoformat(), "source": source_of(page, el)}
        out = {}
        for kind in ("published", "updated"):
            first = found.get((kind, True)) or found.get((kind, False))
            if first is not None:
                out[kind] = first
        return out

    def _date_by_class(self) -> dict[str, Any] | None:
        page = self.page
        anchor = self.anchor()
        scope = article(page)
        if anchor is not None and (scope is None or scope not in set(anchor.iterancestors())):
            ancestors = list(anchor.iterancestors())
            scope = ancestors[2] if len(ancestors) > 2 else (ancestors[-1] if ancestors else None)
        if scope is None:
            return None
        lang = self.text_lang
        for el in scope.iter():
            if not isinstance(el.tag, str):
                continue
            hint = (el.get("class") or "") + " " + (el.get("id") or "")
            if _DATE_HINT.search(hint) and not _QUOTED_META.search(hint) and (not self.apart(el) or self._in_own_box(el, _DATE_HINT)) \
                    and not _after_update_word(el):
                for attr in ("datetime", "data-origindate", "data-date", "data-published", "data-timestamp", "content", "title"):
                    machine = el.get(attr)
                    if machine and parse_any(machine, lang):
                        return _date_value(visible_text(el), machine, source_of(page, el), lang)
                if next(itertools.islice(el.iter(), 40, None), None) is not None:
                    continue  # forty elements and more: a box around the date, read at the date itself
                time = next((t for t in el.iter("time") if t.get("datetime")), None) if el.tag != "time" else None
                if time is not None and parse_any(time.get("datetime"), lang):
                    # A meta line whose class says date, around the <time> (and a rating: "25.01.2022 13").
                    return _date_value(visible_text(time), time.get("datetime"), source_of(page, time), lang)
                text = visible_text(el)
                update = _UPDATED.search(text) if _says_updated(text) else None
                if update:  # "Written: 2023-11-07 15:03 / Updated: 2023-11-07 15:30": without the update
                    text = _without_updates(text) if len(text) < 400 else text[: update.start()].rstrip(" /|·,")
                if 4 < len(text) < 120:
                    shown = parse_visible_date(text, lang, fallback=True)
                    if shown is not None and not self._dated_inside(el):
                        at = text.find(shown[1])
                        if at > 0 and (text[at - 1].isalnum() or _person_like(text[:at].strip())):
                            # Words glued to the date by the markup (LRT's <strong>BNS</strong><span>2020.10.26 13:44</span>), or the
                            # author's name before it (Substack's post-meta line, "Jane Doe" then "May 06, 2024" in a box of its
                            # own): the element that holds the date says it.
                            inner = next((d for d in el.iterdescendants() if isinstance(d.tag, str) and not len(d) and shown[1] in visible_text(d)), None)
                            if inner is not None:
                                return {"text": _date_phrase(visible_text(inner), shown[1], lang), "datetime": shown[0].isoformat(),
                                        "source": source_of(page, inner)}
                        return {"text": _date_phrase(text, shown[1], lang), "datetime": shown[0].isoformat(), "source": source_of(page, el)}
        return None

    def _dated_inside(self, box: etree._Element) -> bool:
        """Whether a box whose class says date or meta holds an element of its own whose class says date and
        whose words are one: Substack's "post-meta" line holds the author's name and the "post-date"; the date
        is read there, next, without the name."""
        lang = self.text_lang
        return any(isinstance(d.tag, str) and _DATE_HINT.search((d.get("class") or "") + " " + (d.get("id") or ""))
                   and parse_visible_date(visible_text(d), lang, fallback=True) is not None for d in box.iterdescendants())

    @_once
    def url(self) -> dict[str, Any] | None:
        for el in self.page.by_tag("link"):
            if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
                return {"text": el.get("href"), "source": source_of(self.page, el)}
        found = self._meta("og:url")
        if found:
            return {"text": found[0], "source": _meta_source(self.page, found[1], found[2])}
        return None

    @_once
    def authors(self) -> list[dict[str, Any]]:
        page = self.page
        profiled = self._profiled("authors")
        if profiled is not None:
            return _names([(visible_text(el), source_of(page, el)) for el in profiled], self._lang())
        for block, obj in articles(page):
            names = self._jsonld_people(block, obj)
            if names and all(self._is_site(n["name"]) for n in names):
                # "El Colombiano" as the author of every article: the byline names the person.
                return self._byline_people() or names
            if names:
                return self._byline_against(self._all_shown(self._shown_names(names)))
        byline = self._byline_people()
        if byline:
            return byline
        # Not a link, nor an organization ("Bundesministerium für Wirtschaft und Klimaschutz" splits into words that are
        # no one's); the next author tag may name the person (Gizmodo Japan: "mediagene Inc.", then the writer).
        # (markup in a tag's value is no name: CNN's og:author "By <a href="/profiles/amir-vera">Amir Vera</a>, …")
        metas = [(_TAG.sub("", c) if "<" in c else c, e, k) for c, e, k in self._metas(*_AUTHOR_METAS)]
        for content, el, key in metas:
            if self._holds_copyright(content) and any(normalize(c) != normalize(content) for c, _, _ in metas):
                continue  # the publisher, as every page's author tag says, before the tag that names the writer
            if not content.startswith("http") and not _ORGANIZATION.search(content):
                if key in _LISTED_AUTHORS:  # one tag a person, "Surname, Given": every tag of that name
                    listed = [(_given_first(c), _meta_source(page, e, k)) for c, e, k in metas
                              if k == key and not c.startswith("http") and not _ORGANIZATION.search(c)]
                    people = self._people(_names(listed, self._lang()))
                else:
                    # "Doe, Jane" too; and each tag of the key when the page writes one per author (<meta name="author"> twice)
                    listed = [(_catalogued(c), _meta_source(page, e, k)) for c, e, k in metas
                              if k == key and (e is el or not c.startswith("http") and not _ORGANIZATION.search(c))]
                    people = self._people(_names(listed, self._lang()))
                if people:
                    return people
        for n in ("1", "2"):  # Yoast's Twitter card: twitter:label1 "Written by", twitter:data1 the name
            label = self._meta(f"twitter:label{n}")
            data = self._meta(f"twitter:data{n}") if label and _WRITTEN_BY.match(label[0]) else None
            if data:
                return self._people(_names([(data[0], _meta_source(page, data[1], data[2]))], self._lang()))
        return self._signature() or self._editor_in_charge()

    def _signature(self) -> list[dict[str, Any]]:
        """The writer's name alone in the text's last paragraph, on a page that names no author otherwise: set to the
        right, as Vietnamese papers sign a story (VnExpress's <p style="text-align:right;"><strong>Nguyễn Văn An</strong></p>,
        "Như Tâm (theo Reuters)"), or the whole paragraph in bold or italics after the text, as German magazines do
        (eishockeynews.de's <p><b><i>Stefan Wasmer</i></b></p>, galore.de's <p><strong>Marina Mucha</strong></p>), and not
        a box's title ("Ähnliche Beiträge") nor a link; on Korean, Japanese and Chinese pages, the reporter's line or the
        writers in brackets that close the text (_korean_signature, _cjk_signature)."""
        page, lang = self.page, self._lang()
        body = article_body(page)
        if body is not None and lang in ("ko", "ja", "zh"):
            signed = _korean_signature(page, body) if lang == "ko" else _cjk_signature(page, body, lang)
            if signed:
                return signed
        if body is not None and (line := _labelled_line(body)) is not None:
            return self._people(_names([(line[1], source_of(page, line[0]))], lang))
        said_ps = list(itertools.islice((p for p in reversed(body.xpath(".//p")) if visible_text(p)), 3)) if body is not None else []
        last = said_ps[0] if said_ps else None  # (the last three paragraphs that say something, from the end)
        if last is None:
            return []
        if (signed := _SIGNED_IN_BRACKETS.match(visible_text(last))) is not None:
            # the writers in brackets that open the last paragraph, as Focus Taiwan signs its copy: "(By Jane Lin)<br>Enditem/AW"
            return self._people(_names([("By " + signed["names"], source_of(page, last))], lang))
        if _RIGHT_ALIGNED.search(last.get("style") or "") or (last.get("align") or "").lower() == "right":
            held = next(last.iter("strong", "b"), None)
        else:
            whole = visible_text(last).strip()
            held = next((e for e in last.iter("strong", "b", "em", "i") if visible_text(e).strip() == whole), None)
            if held is None or len(said_ps) < 3 or next(last.iter("a"), None) is not None or self.apart(last) or _text_after(last, body):
                return []
        said = re.sub(r"\s*\([^()]*\)$", "", visible_text(held if held is not None else last)).strip()
        return [{"name": said, "source": source_of(page, held if held is not None else last)}] if _person_like(said) else []

    def _editor_in_charge(self) -> list[dict[str, Any]]:
        """The editors in charge that Chinese news pages name at the story's end ("责任编辑：焦鹏", "【责任编辑:王芳】",
        People's Daily's "(责编：王芳、张伟)"), on a page that names no author otherwise: the people who answer for the
        story (the label may stand in an element's text or after an element, as Xinhua writes it)."""
        page = self.page
        if not any(label in page.text for label in _EDITOR_LABELS):
            return []
        for el in page.elements:
            for said, holder in ((el.text, el), (el.tail, el.getparent())):
                m = _EDITOR_IN_CHARGE.match(said) if said and any(label in said for label in _EDITOR_LABELS) else None
                if m is not None and holder is not None and not self.apart(holder):
                    source = source_of(page, holder)
                    return [{"name": name, "source": source} for name in re.split(r"[、，,]", m["name"])]
        return []

    def _byline_against(self, names: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The byline's people, when JSON-LD names none of them and the author meta tags side with the byline: the
        JSON-LD of a CMS names the account that posted the story (The Real Deal's names Kevin Rebong, its byline and
        its sailthru.author say David Jeans; WSVN's, Kathleen Ditton for Jessica Holly and Gail Levy)."""
        byline = self._byline_people()
        if not byline:
            return names
        stated, shown = {letters(n["name"]) for n in names}, {letters(b["name"]) for b in byline}
        if stated & shown:
            return names
        if all(" " not in n["name"].strip() for n in names) and all(_person_like(b["name"]) for b in byline):
            return byline  # one word for each (a user name, a place: El Tiempo's "medellín"), full names in the byline: the byline's people
        lang = self._lang()
        tagged = {letters(name) for content, el, _ in self._metas(*_AUTHOR_METAS) if el.get("itemprop") is None
                  for name in _names_in(content, lang)}
        return byline if tagged & shown and not tagged & stated else names

    def _shown_names(self, names: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """JSON-LD authors, a CMS user name among them ("edilson.la.rosa", "arianschlichenmayer") as the byline
        shows the same person ("Edilson La Rosa")."""
        if all(" " in n["name"].strip() for n in names):
            return names
        shown = {letters(b["name"]): b for b in self._byline_people() if " " in b["name"]}
        return [shown.get(letters(n["name"]), n) if " " not in n["name"].strip() else n for n in names]

    @_once
    def _byline_people(self) -> list[dict[str, Any]]:
        """The people the byline names, without roles, places and the site."""
        return self._people(_names(self._byline_elements(), self._lang()))

    def _all_shown(self, names: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The byline's people when it names every JSON-LD author and more: CBS News' JSON-LD gives the first
        of "By Stefan Becket, Kathryn Watson, Grace Segers" only."""
        byline = self._byline_people()
        if len(byline) > len(names):
            stated = {letters(n["name"]) for n in names}
            sources = [b["source"] for b in byline if letters(b["name"]) in stated]
            # One byline element names them all (not a translator's line below the author's).
            shown, seen = [], set()
            for b in byline:
                key = letters(b["name"])
                if b["source"] in sources and key not in seen:  # "edilsonlarosa" beside "Edilson La Rosa" is one person
                    seen.add(key)
                    shown.append(b)
            extra = [b for b in shown if letters(b["name"]) not in stated]
            if extra and stated <= seen and all(_person_like(b["name"]) for b in extra):
                return shown
        return names

    def _jsonld_people(self, block: JsonLdBlock, obj: dict) -> list[dict[str, Any]]:
        """The people a JSON-LD object names as its author or creator (organizations aside)."""
        page = self.page
        people = obj.get("author") or obj.get("creator")
        people = people if isinstance(people, list) else [people] if people else []
        publisher = _resolve(page, obj.get("publisher"))
        # A blog's owner publishes as a Person (Yoast), the author's name and all; a newsroom does not write.
        publisher = None if isinstance(publisher, dict) and "Person" in _types(publisher) else text_value(publisher)
        found = []
        for i, person in enumerate(people):
            person = _resolve(page, person)
            name = text_value(person)
            if isinstance(person, dict) and isinstance(person.get("name"), list):  # {"name": ["Jane Doe", "John Roe"]}: each a name
                name = " and ".join(n for n in person["name"] if isinstance(n, str) and n.strip()) or None
            if name is None and isinstance(person, dict):  # {"givenName": "Jane", "familyName": "Doe"}
                name = " ".join(p for p in (text_value(person.get(k)) for k in ("givenName", "additionalName", "familyName")) if p) or None
            if name and "<" in name:
                name = _TAG.sub("", name)  # CNN's "By <a href=\"/profiles/amir-vera\">Amir Vera</a>, …": the byline's markup
            name = _catalogued(name) if name else name  # "Doe, Jane": Jane Doe
            # Not an organization, nor the publisher's or the site's name given as a Person ("Noticias de El Salvador - La
            # Prensa Gráfica | …"; La República's "La República" published by "LaRepública.pe"; "StarsInsider" on "Stars Insider").
            if name and not is_organization(person) and not _same_publisher(name, publisher) and not self._is_site(name):
                found.append((html.unescape(name), _jsonld_source(page, block.element, f"/author/{i}/name" if isinstance(person, dict) else f"/author/{i}")))
        return self._people(_names(found, self._lang()))

    def _holds_copyright(self, name: str) -> bool:
        """Whether the page's copyright tag names this as the holder: the publisher, whom a template gives as every page's
        author too (Pitchfork's <meta name="author" value="Condé Nast"> beside "Copyright (c) Condé Nast"), or the writer of a
        personal site."""
        key = normalize(name)
        for said, _, _ in self._metas("copyright", "dc.rights", "dcterms.rights"):
            holder = _COPYRIGHT_WORDS.sub(" ", said)
            if key and normalize(holder) == key:
                return True
        return False

    def _is_site(self, name: str) -> bool:
        """The site's own name (og:site_name or the domain's label), spaces aside: “Seattle Times”, seattletimes."""
        key = re.sub(r"\W+", "", normalize(name))
        return any(key == re.sub(r"\W+", "", normalize(x)) for x in (self.site_name(), self._domain_label()) if x)

    def _lang(self) -> str:
        """The page's language without region: "de" for "de-CH" and "de_CH"."""
        return self.text_lang.split("-")[0].split("_")[0].lower()

    def _people(self, names: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Names without what bylines put beside them: roles and desks (“Staff Writer”, “PhD”),
        places and weekdays, and, next to a person, the agency or the site itself."""
        lang = self._lang()
        kept = []
        for n in names:
            words = n["name"].casefold().split()
            if _ORGANIZATION.search(n["name"]) or all(w in _DESK_WORDS for w in words) and (
                    any(w in _WIRE_WORDS for w in words) or words[0] in ("from", "with", "our")):
                continue  # (and wire copy's byline: "From staff and wire reports", "With wires"; a desk's name stays, "News Desk")
            words = n["name"].split()
            for k in (1, 2):  # "Mark Di Stefano BuzzFeed": the site's name run on after the person's
                if len(words) - k >= 2 and self._is_site(" ".join(words[-k:])):
                    n = {**n, "name": " ".join(words[:-k])}
                    break
            else:
                for j in range(2, len(words) - 1):  # "Kelli Miller WebMD Health News", "Adam Aaronson PhillyVoice Staff"
                    if self._is_site(words[j]) and all(_ROLE_WORDS.match(w) for w in words[j + 1:]):
                        n = {**n, "name": " ".join(words[:j])}
                        break
            if not _beside_a_name(n["name"], lang):
                kept.append(n)
            elif n["name"].casefold() in _territories(lang) and kept and kept[-1]["source"] is n["source"] and len(kept[-1]["name"].split()) <= 3:
                kept.pop()  # “hessenschau.de, Frankfurt, Germany”: the city before the country goes too
        if len(kept) > 1:
            agencies = _agency_codes()
            persons = [n for n in kept if not self._is_site(n["name"]) and n["name"].casefold().removeprefix("the ") not in agencies
                       and not n["name"].casefold().startswith("the ")  # "…, The New York Times": a paper, never a person
                       and _ROLE_WORDS.search(n["name"].split()[-1]) is None
                       and not (n["name"].isupper() and " " not in n["name"])  # "IFZ": her institute; "FUTURISM", the outlet
                       # one word beside a full name, not of a script without spaces: a place or a desk ("Kairo/Berlin", "Sky")
                       and not (" " not in n["name"] and not _CJK.search(n["name"]) and any(" " in k["name"] for k in kept))
                       # a digit beside a name without one: an outlet or its desk ("Por Maria Silva, g1 SP"), no one's name
                       and not (_DIGIT.search(n["name"]) and any(not _DIGIT.search(k["name"]) for k in kept))
                       and not (" " in n["name"] and _PUBLICATION_END.search(n["name"]))]  # "Jane Doe, Chicago Tribune": her paper
            # No person: the agencies the newsroom worked with ("Le Monde with AFP"), else the first name
            kept = persons or [n for n in kept if n["name"].casefold().removeprefix("the ") in agencies] or kept[:1]
        return kept

    @_once
    def _byline_elements(self) -> list[tuple[str, Source]]:
        """Author names in the byline nearest the headline: rel=author, itemprop=author, byline or
        author classes, links to author pages, or a line that starts with “By”."""
        page = self.page
        lang = self._lang()
        h1 = self.anchor()
        elements = page.elements
        if h1 is not None:
            at = page.order[h1]
            # Beside the headline first (Wired puts the byline just above it), then below it, then above.
            close = [i for d in range(1, 11) for i in (at + d, at - d) if 0 <= i < len(elements)]
            below = range(at + 11, min(len(elements), at + 200))
            above = range(at - 11, max(-1, at - 60), -1)
            window = [*close, *below, *above]
            beside = set(close)
        else:
            beside = set()
            scope = content_root(page)
            if scope is None:
                scope = page.root.find("body")  # no headline and no content block: from the top of the page
                if scope is None:
                    return []
            window = [page.order[el] for el in scope.iter() if isinstance(el.tag, str)][:300]
        chosen: list[tuple[int, etree._Element, str]] = []
        if h1 is not None and h1.tag == "h1":  # the writer on the headline's line after its break: "編集委員　中沢克二" (Nikkei)
            line = [el for el in _line_after_break(h1) if visible_text(el)]
            said = visible_text(line[0]) if len(line) == 1 else ""
            if said and (_CJK_ROLE.match(said) or _CJK_ROLE_AFTER.search(said)) and _names_in(said, lang):
                chosen.append((page.order[line[0]], line[0], said))
        for i in window:
            el = elements[i]
            if el.tag in ("script", "style", "img", "amp-img", "meta") and el.get("itemprop") != "name":
                continue
            found = _byline_candidate(el, lang)
            if found is None:  # the cheap test first: few elements are candidates
                continue
            if self.apart(el) and not _authors_article(el, h1) and not (i in beside and self._in_own_box(el, None)):
                continue
            name_el, text = found
            if not _names_in(text, lang):  # "von 500.000 auf 20.000 herunterrechnen", "Publicado el 11 de mayo"
                continue
            if not chosen:
                chosen.append((i, name_el, text))
                continue
            first_i, first_el, _ = chosen[-1]  # a long list of authors goes on name by name
            if _article_of(name_el) is not _article_of(first_el):
                break  # the byline of the next story, which an endless page has appended below a short one
            if abs(i - first_i) <= 25 and _near(first_el, name_el) and all(name_el is not c[1] and c[1] not in set(name_el.iterancestors()) and name_el not in set(c[1].iterancestors()) for c in chosen):
                chosen.append((i, name_el, text))
            elif abs(i - first_i) > 25:
                break
        if not chosen and h1 is not None:
            chosen = self._marked_author_far(h1, lang) or self._labelled_author_far(h1, lang)
        return [(text, source_of(page, el)) for _, el, text in chosen]

    def _labelled_author_far(self, h1: etree._Element, lang: str) -> list[tuple[int, etree._Element, str]]:
        """An author labelled as such ("Author", "Autor:") after the text of the headline's content block,
        beyond the byline search: Deutsche Welle's older pages list "Date" and "Author" below the article."""
        page = self.page
        scope = content_root(page)
        if scope is None or scope not in set(h1.iterancestors()):
            return []
        order = page.order
        start = order[h1] + 200
        for el in scope.iter():
            if not isinstance(el.tag, str) or order[el] <= start:
                continue
            if squash(el.text).lower().rstrip(": ") not in _AUTHOR_LABELS or self.apart(el):
                continue
            found = _byline_candidate(el, lang)
            if found is not None and _names_in(found[1], lang):
                return [(order[el], found[0], found[1])]
        return []

    def _marked_author_far(self, h1: etree._Element, lang: str) -> list[tuple[int, etree._Element, str]]:
        """The first author marked as such (rel=author, itemprop=author) anywhere in the <article> that holds
        the headline, when none stands near it: handwerksblatt.de signs its articles at the end."""
        page = self.page
        if not any(a.tag == "article" for a in h1.iterancestors()):
            return []
        marked = [*page.with_itemprop("author"), *page.with_itemprop("creator"),
                  *(a for a in page.by_tag("a") if a.get("rel") == "author")]
        for el in page.in_order(set(marked)):
            if not _authors_article(el, h1):
                continue
            found = _byline_candidate(el, lang)
            if found is not None and visible_text(found[0]) and _names_in(found[1], lang):  # shown, not a <meta>'s content
                return [(page.order[el], found[0], found[1])]
        return []

    def byline(self) -> dict[str, Any] | None:
        profiled = self._profiled("byline")
        if profiled is not None:
            return _value(visible_text(profiled[0]), source_of(self.page, profiled[0])) if profiled else None
        found = self._byline_elements()
        if found:
            authors = self.authors()
            if not authors and parse_visible_date(found[0][0], self.text_lang) is not None:
                return None  # a date line in a box whose class says byline (Malay Mail's <div class="byline"><p class="meta">Wednesday, 08 Apr 2020 …)
            # The first that names an author, where one before it names none of them (The Huffington Post's "| HuffPost Reporting"
            # after the reporter's name in a box of its own).
            wanted = {normalize(a["name"]) for a in authors}
            lang = self._lang()
            text, source = next(((text, source) for text, source in found if any(normalize(n) in wanted for n in _names_in(text, lang))), found[0])
            holder = source.element.getparent() if source.element is not None and source.element.tag == "meta" else None
            if holder is not None and holder.tag != "head":
                source = source_of(self.page, holder)  # microdata's <a itemprop="author">Jane Doe<meta itemprop="name" content="Jane Doe"></a>
            return _value(text, source)
        return None

    @_once
    def images(self) -> list[dict[str, Any]]:
        from .rules.captions import (CREDIT_HINT, CREDIT_PREFIX, article_images, caption_beside_credit, credit_in, credit_in_text, credited_box,
                                     lead_image, loose_caption, loose_credit, title_credit)
        from .rules.images import caption_parts, split_caption

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
                entry["credit"] = _value(said, Source(page, el, attribute="title"))
            if entry["credit"] is None and (stated := _credit_attribute(el)) is not None:
                holder, attribute, said = stated  # a CMS's credit field kept on the image: <img data-credit="Imago">
                entry["credit"] = _value(said, Source(page, holder, attribute=attribute))
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

    def attribution(self) -> dict[str, Any] | None:
        from .rules.attribution import AGENCIES, agency_named, find_signoff, find_source_line, house_spelling

        options = {"agencies": AGENCIES, "body-selector": self.profile.get("body"), "signoff-selector": self.profile.get("attribution")}
        signoff = find_signoff(self.page, options)
        if signoff is None and options["signoff-selector"]:
            return None
        if signoff is None:
            line = find_source_line(self.page, options)
            if line is not None:
                return {"text": line.text, "initials": line.initials, "agencies": line.agencies, "source": source_of(self.page, line.element)}
            reported = self._agency_reporting() or self._agency_closing()
            if reported is not None:
                return reported
            dateline = self.dateline()  # agency copy that names its agency where it starts: "HAYWARD, Calif. (AP) —"
            # "(Reuters)", "/TASS/.", and East Asian agencies' "(서울=연합뉴스)", "【カイロ＝共同】", "【6月18日 AFP】", "新华社北京12月3日电"
            named = re.search(r"\(([^()]+)\)|/(\w[\w-]*)/(?:\.|\s*[—–-])$|【(?:[^】]*[\s=＝])?([^】\s=＝]+)】|^(新华社|新華社|中新社)|^\[[^\]=]+=([^\]\s]+)"
                              r"|[—–] (РИА Новости|Sputnik|Прайм|RIA Novosti)\.$|, ([A-Z][\w-]+):$", dateline["text"]) if dateline else None
            said = next((g for g in named.groups() if g), "") if named else ""
            if named is not None and named.group(3) and agency_named(said, AGENCIES) is None:
                said = next((a for a in ("共同", "時事", "ロイター", "新華社", "AFP") if said.endswith(a)), said)  # "【ワシントン共同】": the place, then Kyodo
            parts = [a.strip() for a in re.split(r"[/,]", said.rsplit("=", 1)[-1])] if said else []
            # (a service's name after the agency's: "Reuters Breakingviews")
            agencies = [agency_named(a, AGENCIES) or (house_spelling(a.split()[0], AGENCIES) if " " in a else None) for a in parts if a]
            if not agencies or agencies[0] is None:
                return self._agency_byline()
            agencies = [a for a in agencies if a is not None]  # "(dpa/lno)": dpa and its regional service for the north
            return {"text": dateline["text"], "initials": [], "agencies": agencies, "source": dateline["source"]}
        return {
            "text": signoff.text,
            "initials": [i.lower() for i in signoff.initials],
            "agencies": [house_spelling(a, AGENCIES) or a for a in signoff.agencies],
            "source": source_of(self.page, signoff.element),
        }

    def _agency_byline(self) -> dict[str, Any] | None:
        """The agencies a byline names, where no sign-off, source line or dateline names one: "Par AFP", "By The Associated
        Press", "Agencia EFE", and beside the writer or the newsroom ("By Jane Doe, Reuters", "Le Monde with AFP", "By Jane
        Doe of Reuters"); the byline's text, as the page says it."""
        from .rules.attribution import AGENCIES, agency_named

        byline = self.byline()
        names = [a["name"] for a in _names(self._byline_elements(), self._lang())] if byline is not None else []
        if byline is not None:  # and the part after a bar that the names leave out: "By Jane Doe | Reuters", "… | AP – 1 hr 4 mins ago"
            names += [_SPACED_DASH.split(part, 1)[0] for part in re.split(r"\s*\|\s*", byline["text"])[1:] if part]
        agencies = list(itertools.chain.from_iterable(_agencies_of(n) for n in names))
        if not agencies and byline is not None:  # the agency after the writer's name, which the name is read without: "Jane Doe (AFP)", "Jane Doe / EFE"
            text = byline["text"].rstrip(" .")
            tail = _BRACKETED_AGENCY.search(text) or _agency_tail().search(text) or _FOR_OUTLET.search(text)  # … "of Reuters"
            said = re.sub(r"^(?:of|for)\s+", "", tail.group().strip(" /()"), flags=re.IGNORECASE) if tail else ""
            found = agency_named(said, AGENCIES) or agency_named(said.removeprefix("The ").removeprefix("the "), AGENCIES) if said else None
            agencies = [found] if found else []
        if not agencies:
            return None
        return {"text": byline["text"], "initials": [], "agencies": list(dict.fromkeys(agencies)), "source": byline["source"]}

    def _agency_reporting(self) -> dict[str, Any] | None:
        """The agency the lead paragraph says it reports as, in Russian and Ukrainian copy: "Как передает Укринформ, …",
        "Об этом сообщает ТАСС", "Як передає кореспондент Укрінформу, …"."""
        from .rules.attribution import AGENCIES, agency_named

        body = article_body(self.page, self.profile.get("body"))
        first = lead_paragraph(body) if body is not None else None
        said = _REPORTS_AS.match(visible_text(first)) if first is not None else None
        if said is None:
            return None
        words = said["agency"].split()
        for name in (" ".join(words), words[0]):
            for form in (name, name[:-1] if name[-1:] in "ауy" else name):  # the genitive after "correspondent": "Укринформа", "Укрінформу"
                agency = agency_named(form, AGENCIES)
                if agency is not None:
                    text = said.string[: said.start("agency") + len(name)].strip()
                    return {"text": text, "initials": [], "agencies": [agency], "source": source_of(self.page, first)}
        return None

    def _agency_closing(self) -> dict[str, Any] | None:
        """The agency named after a dash that closes the text's last paragraph, as Malaysian, Singaporean and Indian papers
        run wire copy: "… in Munich on August 11-21. — AFP", "… said. — Bernama", "— Reuters/PTI"."""
        from .rules.attribution import AGENCIES, agency_named

        body = article_body(self.page, self.profile.get("body"))
        last = next((p for p in reversed(list(body.iter("p"))) if visible_text(p)), None) if body is not None else None
        said = _CLOSING_AGENCY.search(visible_text(last)) if last is not None else None
        if said is None:
            return None
        agencies = [agency_named(a.strip(), AGENCIES) for a in re.split(r"[/,]", said["agencies"])]
        if not agencies or None in agencies:
            return None
        return {"text": said.group(0).strip(), "initials": [], "agencies": agencies, "source": source_of(self.page, last)}

    @_once
    def dateline(self) -> dict[str, Any] | None:
        profiled = self._profiled("dateline")
        if profiled is not None:
            return _value(visible_text(profiled[0]), source_of(self.page, profiled[0])) if profiled else None
        body = article_body(self.page, self.profile.get("body"))
        if body is None:
            return None
        first = lead_paragraph(body)
        if first is None:
            return None
        text = visible_text(first)
        before = _text_before(first)
        if before:  # the place in bold before the first paragraph, in the text's box: detik's "<strong>Jakarta</strong> - <p>…"
            text = f"{before} {text}"
            first = first.getparent() if first.getparent() is not None else first
        # An agency's dateline holds a bracket, a slash or a colon; that pattern, with every agency's name, costs more to build.
        m = _dateline_of_agency().match(text) if "(" in text or "/" in text or ":" in text[:60] or "РИА" in text or "Sputnik" in text else None
        m = m or _dateline_in_capitals().match(text) or _DATELINE_EAST_ASIAN.match(text)
        if m is None and (place := _PLACE_DATELINE.match(text)) is not None \
                and place["city"].casefold() in _cities(self._lang()):
            m = place  # a city the page's language names, then a dash, opens the text: "Praha - ", "Londres - ", "MADRID.-", "Berlin. Die …"
        for pattern in (_OUTLET_DATELINE, _PLACE_OUTLET_DATELINE) if m is None and "," in text[:60] else ():
            own = pattern.match(text)
            if own is not None and ("." in own["outlet"] and _WEB_OUTLET.search(own["outlet"]) or self._is_site(own["outlet"])):
                m = own  # the place and the site's own name, as Indonesian outlets open a story: "Jakarta, CNN Indonesia --", "Liputan6.com, Jakarta -"
                break
        return _value(m.group(1), source_of(self.page, first)) if m else None

    def headings(self) -> list[dict[str, Any]]:
        from .rules.headings import headings

        return [{"level": h.level, "text": h.text, "source": source_of(self.page, h.element)} for h in headings(self.page)]

    def skip_links(self) -> list[dict[str, Any]]:
        from .rules.skiplinks import SkipLinkNotFirst, skip_links

        return [
            {"text": link.text, "target": "#" + link.fragment, "resolves": link.target is not None, "source": source_of(self.page, link.element)}
            for link in skip_links(self.page, SkipLinkNotFirst.defaults())
        ]

    def structured_data(self) -> list[dict[str, Any]]:
        return [{"data": obj, "source": _jsonld_source(self.page, block.element, "")} for block, obj in articles(self.page)]

    def model(self) -> dict[str, Any]:
        return {
            "path": self.page.path,
            "url": self.url(),
            "headline": self.headline(),
            "section": self.section(),
            "lang": self.lang(),
            "published": self.published(),
            "modified": self.modified(),
            "dateline": self.dateline(),
            "byline": self.byline(),
            "authors": self.authors(),
            "images": self.images(),
            "attribution": self.attribution(),
            "headings": self.headings(),
            "skip_links": self.skip_links(),
            "structured_data": self.structured_data(),
        }


# The first step of a breadcrumb trail, the home page, in many languages.
_HOME_WORDS = frozenset(("home", "homepage", "front page", "frontpage", "startseite", "start", "accueil", "inicio", "início", "portada", "home page", "главная", "首页", "ホーム",
                         "hjem", "etusivu", "strona główna", "úvod", "titelseite"))


# WordPress's default category, which says the post has none.
_NO_CATEGORY = frozenset(("uncategorized", "uncategorised", "allgemein", "non classé", "sin categoría", "senza categoria", "sem categoria",
                          "geen categorie", "okategoriserade", "bez kategorii", "allgemeines", "general", "blog"))
def _korean_signature(page: Page, body: etree._Element) -> list[dict[str, Any]]:
    """The reporter or columnist Korean papers name on one of the text's last lines, with the role and perhaps the address
    ("홍길동 기자 gildong@example.co.kr", "정덕현 칼럼니스트 thekian1@…", "칼럼니스트 박생강 …", "[디지털뉴스부 홍길동 기자]")."""
    for text, where in _last_lines(body)[::-1]:
        m = _KOREAN_SIGNATURE.fullmatch(text)
        if m is not None:
            return [{"name": m["name"] or m["name2"], "source": source_of(page, where)}]
    return []


def _cjk_signature(page: Page, body: etree._Element, lang: str) -> list[dict[str, Any]]:
    """The writers Japanese and Chinese papers name in brackets at the text's end: "（山田太郎）", "（ワシントン＝山田太郎）",
    "（編集委員・山田太郎）", "（记者 李明 王芳）", "（記者王小明／台北報導）"; a name alone in brackets only in Japanese and not a
    place, an office or an agency ("（東京都）", "（共同）")."""
    lines = _last_lines(body)
    if not lines:
        return []
    text, where = lines[-1]
    m = _CJK_END_SIGNATURE.search(text)
    if m is None:
        return []
    names = [n for n in re.split(r"[ 　、，,・]", m["names"]) if n]
    if not (m["place"] or m["role"]):
        if lang != "ja" or len(names) != 1 or not _KANJI_NAME.fullmatch(names[0]) or _CJK_NOT_NAME_END.search(names[0]) \
                or names[0].casefold() in _agency_codes():
            return []
    return [{"name": n, "source": source_of(page, where)} for n in names]


_CJK_END_SIGNATURE = lazy(
    r"[（(](?:(?P<place>[^（）()＝=\s]{1,10})[＝=]|(?P<role>編集委員|論説委員|特派員|本报记者|本報記者|特约记者|实习记者|實習記者|记者|記者|通讯员|通訊員)\s*[・·]?\s*)?"
    r"(?P<names>[一-龥々ぁ-んァ-ヶー]{2,5}(?:[ 　、，,・][一-龥々ぁ-んァ-ヶー]{2,5}){0,3})(?:[／/][^（）()]{1,10}(?:报道|報導))?[）)]\s*$")
# How places, offices, papers and the like end, which a name in brackets does not: "東京都", "外務省", "日本経済新聞".
# "（敬称略）" (honorifics left out), "（日本時間）", "（一部抜粋）": notes, not names.
_CJK_NOT_NAME_END = lazy(r"(?:都|道|府|県|市|区|町|村|省|庁|党|局|部|課|所|院|大学|新聞|通信|社|会|協会|銀行|政府|写真|提供|撮影|完|終|"
                         r"略|時間|当時|予定|参照|抜粋|要約|全文|以上|談|版|編|号|面|欄)$")
_KANJI_NAME = lazy(r"[一-龥々]{3,5}")  # a name alone in brackets: in kanji (a note in kana, "（おわり）", is none)


def _last_lines(body: etree._Element) -> list[tuple[str, etree._Element]]:
    """The text's last five lines that say something (broken by blocks and <br>), each with the element that holds it."""
    lines: list[tuple[list[str], etree._Element]] = [([], body)]  # each line of the text, and the element that holds it
    for event, el in etree.iterwalk(body, events=("start", "end")):
        skipped = not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template")
        if event == "start":
            if not skipped and (el.tag == "br" or el.tag in _LINE_BLOCKS):
                lines.append(([], el if el.tag != "br" else el.getparent()))
            if not skipped and el.text:
                lines[-1][0].append(el.text)
        elif el is not body:
            if not skipped and el.tag in _LINE_BLOCKS:
                lines.append(([], el.getparent()))
            if el.tail:
                lines[-1][0].append(el.tail)
    said = [(squash("".join(parts)), where) for parts, where in lines]
    return [x for x in said if x[0]][-5:]


_LINE_BLOCKS = frozenset(("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "table", "tr", "section"))
_KOREAN_ROLE = r"(?:객원|선임|수석|전문|인턴|수습)?(?:기자|특파원|칼럼니스트|논설위원|에디터|통신원)"
_KOREAN_SIGNATURE = lazy(
    rf"[\[(/]?\s*(?:(?:[가-힣A-Za-z]{{1,12}}(?:부|팀|국|센터)\s+)?(?P<name>[가-힣]{{2,4}})\s?{_KOREAN_ROLE}|(?:칼럼니스트|기자|에디터)\s+(?P<name2>[가-힣]{{2,4}}))"
    r"(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*[\])]?")


def _labelled_line(body: etree._Element) -> tuple[etree._Element, str] | None:
    """The author's line among the last lines of a text written in lines broken with <br>, as legal news sites close a story:
    juraforum.de's "…<br><br>Quelle: © www.juragentur.de<br><br>Autor: <a>Rechtsanwalt</a> Sebastian Einbock"; the line's
    element (the <br> before it) and the words after its label."""
    breaks = list(body.iter("br"))
    for br in reversed(breaks[-6:]):
        label = _LINE_LABEL.match(br.tail or "")
        if label is None:
            continue
        words = [br.tail[label.end():]]
        for sibling in br.itersiblings():
            if not isinstance(sibling.tag, str):
                words.append(sibling.tail or "")
                continue
            if sibling.tag == "br" or sibling.tag in _BLOCKS_AFTER_LINE:
                break
            words.append(visible_text(sibling) + " " + (sibling.tail or ""))
        said = squash(" ".join(words))
        return (br, said) if 0 < len(said) <= 60 else None
    return None


# An author's label opening a line: "Autor:", "Author:", "Verfasser:".
_LINE_LABEL = lazy(r"\s*(?:Autor(?:in)?|Author|Verfasser(?:in)?|Auteur)\s*:\s*", re.IGNORECASE)
_BLOCKS_AFTER_LINE = frozenset(("p", "div", "ul", "ol", "table", "section", "figure", "h2", "h3", "h4", "hr"))


def _text_after(el: etree._Element, stop: etree._Element) -> bool:
    """Whether text follows the element inside ``stop`` (a list after a paragraph that is its title)."""
    node = el
    while node is not None and node is not stop:
        if (node.tail or "").strip() or any(isinstance(s.tag, str) and visible_text(s).strip() or (s.tail or "").strip()
                                               for s in node.itersiblings()):
            return True
        node = node.getparent()
    return False


# A paragraph set to the right by its style, as a Vietnamese writer's signature is.
_RIGHT_ALIGNED = lazy(r"text-align\s*:\s*right", re.IGNORECASE)
# A section's label above the headline that links nowhere, by its class: the category's or the section's.
_CATEGORY_LABEL_CLASS = lazy(r"categor|section", re.IGNORECASE)
# A section's label above the headline, by its class (or its box's).
_SECTION_LABEL_CLASS = lazy(r"kicker|eyebrow|unibrow|overline|rubri[ck]|dachzeile|ressort|section|categor|channel", re.IGNORECASE)
# … but not a menu's, a list of tags or topics, a breadcrumb or a subsection's navigation.
_NOT_SECTION_LABEL_CLASS = lazy(r"menu|nav|tag|topic|breadcrumb|subsection|footer|header__|logo|share|social|related|more|btn|button", re.IGNORECASE)
# Steps of a trail that name no section: a year, a week or an issue ("2008", "KW 15", "Ausgabe: 43"), and the
# tools some templates put in the breadcrumb bar ("‹ Zurück", "Print Article", "Erweiterte Suche").
_NOT_A_SECTION = lazy(r"\d|^\W*(?:back|zurück|retour|volver|print|drucken|imprimer|share|teilen|mailen|e-?mail|next|nächste[sr]?|weiter|previous|vorherige[sr]?)\b"
                      r"|\b(?:search|suche|recherche|búsqueda)\b", re.IGNORECASE)
# The separators a template writes into a trail's steps: "Home /", "» Frühstück", "News›".
_TRAIL_SEPARATORS = " >»›/|·•:‹«\\-–—"


# Microdata's BreadcrumbList and elements labelled as a breadcrumb, where no class or id says so.
_BREADCRUMBS = etree.XPath("//*[contains(@itemtype, 'readcrumb') or contains(@aria-label, 'readcrumb')]")


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


def _same_page(a: str, b: str) -> bool:
    """Two addresses of the same page, scheme, host and a trailing slash aside."""
    pa, pb = urlparse(a), urlparse(b)
    return pa.path.rstrip("/") == pb.path.rstrip("/") and (not pa.netloc or not pb.netloc or pa.netloc == pb.netloc)


def _resolve(page: Page, value: Any) -> Any:
    """A JSON-LD node reference ({"@id": …}) replaced by the node it names, from any block of the page."""
    if not (isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value):
        return value
    def index(p: Page) -> dict[str, dict]:
        nodes = {}
        for block in json_ld(p):
            if block.error is None:
                for obj in _objects(block.data):
                    if isinstance(obj, dict) and isinstance(obj.get("@id"), str) and len(obj) > 2:
                        nodes.setdefault(obj["@id"], obj)
        return nodes
    return page.memo("jsonld_ids", index).get(value["@id"], value)


def _stated(value: str, lang: str):
    """A date a page states in markup, unless it is a template's placeholder ("0001-01-01T00:00:00Z"):
    then the page's other sources say when it was published."""
    parsed = parse_any(value, lang)
    return None if parsed is None or is_placeholder(parsed) else parsed


_DAY_ONLY = lazy(r"\d{4}-\d{2}-\d{2}")
# The writers in brackets that open a story's last paragraph: "(By Jane Lin)", "(By Jane Lin and John Wu)".
_SIGNED_IN_BRACKETS = lazy(r"\(By\s+(?P<names>[^()]{3,80})\)(?:\s|$)")
# A time of day written in a date's text: "19:27", "17.40 BST", "12h32", "8 a.m." (not a dotted date's "01.10.2020").
_TIME_OF_DAY = lazy(r"(?<![\d.])\d{1,2}\s*[:h]\s*\d{2}(?!\d)|(?<![\d.])\d{1,2}\.\d{2}(?![.\d])|(?<!\d)\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])", re.IGNORECASE)


def _floating_within(value: str, moment: str, lang: str) -> bool:
    """Whether a machine value gives a day, or a local date and time, without a zone (``value``), and ``moment`` states
    that day (and that time) to the minute with its zone."""
    shown, said = _stated(value, lang), _stated(moment, lang)
    if shown is None or said is None or shown.zone is not None or said.moment is None or said.zone is None:
        return False
    local = value.strip().replace(" ", "T")[:16]
    return len(local) in (10, 16) and moment.strip().replace(" ", "T").startswith(local)


def _with_moment(found: dict[str, Any] | None) -> dict[str, Any] | None:
    """A date read from the page's text alone, as the date-time that text gives when it writes the time and the zone beside
    the day ("Nov. 3, 2026 10:02 a.m. ET"); a day alone stays a day."""
    if found is None or not _DAY_ONLY.fullmatch(found.get("datetime") or "") or found["source"].kind != "element":
        return found  # (a number of Unix time has ten digits too)
    element = found["source"].element
    around = visible_text(element)[:200] if element is not None else ""
    for text in (found.get("text"), around if not _says_updated(around) else None):  # (not the update's time beside the day)
        moment = moment_written(text, date.fromisoformat(found["datetime"])) if text else None
        if moment is not None:
            return {**found, "datetime": moment}
    return found


def _date_value(text: str, machine: str, source: Source, lang: str) -> dict[str, Any] | None:
    """A date with its visible text and an ISO 8601 value (as written when it is ISO already)."""
    parsed = parse_iso(machine)
    if parsed is not None:
        return {"text": squash(text) or None, "datetime": machine.strip(), "source": source}
    parsed = parse_any(machine, lang)
    if parsed is None:
        shown = parse_visible_date(text, lang)
        if shown is None:
            return None
        return {"text": squash(text) or None, "datetime": shown[0].isoformat(), "source": source}
    value = parsed.moment.isoformat() if parsed.moment is not None else parsed.day.isoformat()
    return {"text": squash(text) or None, "datetime": value, "source": source}


# The desks a role names ("Political Correspondent", "Deputy Health Editor").
_DESKS = (
    r"political|chief|deputy|foreign|economics?|diplomatic|health|education|legal|security|defen[cs]e|environment(?:al)?|"
    r"international|national|global|associate|assistant|managing|executive|special|investigative|data|digital|media|"
    r"arts|travel|climate|royal|medical|crime|transport"
)
# Reporters' and editors' roles in other languages than English and German ("Jan Jansen, verslaggever").
_ROLES_ABROAD = (r"verslaggever|correspondente?|correspondante?|journaliste|periodista|corresponsal|giornalista|corrispondente|"
                 r"jornalista|rep[óo]rter|redacteur|rédact(?:eur|rice)|redactora?|redatt(?:ore|rice)|dziennikar(?:z|ka)|korespondent(?:ka)?|"
                 r"redakt(?:ör|ør)|toimittaja")
_ROLE_WORDS = lazy(
    r"^(?:writer|editor|editors|editorial|contributor|contributors|correspondent|reporter|columnist|staff|ph\.?d\.?|m\.?d\.?|"
    r"news|politics|business|culture|games|opinion|senior|sports?|tech|technology|science|entertainment|"
    r"redakteur(?:in)?|korrespondent(?:in)?|mitarbeiter(?:in)?|autor(?:in)?|journalist(?:in)?|fotograf(?:in)?|photographer|professor|"
    r"(?:presse)?sprecher(?:in)?|projektleiter(?:in)?|agencies|agências|agencias|agences|agenturen|agenzie|report|reports|reporting|fellow|intern|producer|host|"
    # the desk a role names: "Political Correspondent", "Chief Foreign Correspondent", "Deputy Health Editor"
    rf"{_DESKS}|correspondents|reporters|writers|{_ROLES_ABROAD})$",
    re.IGNORECASE,
)


# A person's role written after the name ("Kathrin Klinkusch Pressesprecherin"), not a desk ("Our Foreign Staff").
_PERSON_ROLE = lazy(
    r"^(?:writer|editor|correspondent|reporter|columnist|photographer|professor|redakteur(?:in)?|korrespondent(?:in)?|"
    rf"mitarbeiter(?:in)?|journalist(?:in)?|fotograf(?:in)?|(?:presse)?sprecher(?:in)?|projektleiter(?:in)?|{_ROLES_ABROAD})$",
    re.IGNORECASE,
)


# Companies, public bodies, web addresses and CMS accounts that sites put where the author goes.
_ORGANIZATION = lazy(
    r"\b(?:gmbh|ag|inc|ltd|llc|e\.\s?v|amt|ministry)\b|(?:verlag|stiftung|gesellschaft|verband|institut|ministerium|fraktion|studio|departement|department)\b|"
    # a company's legal form at the end, a group of companies: "AWR Wprost Sp. z o.o.", "Ringier Axel Springer Polska S.A.", "Amedia AS",
    # "Grupa Wirtualna Polska" (money.pl's second author tag after the agency's "PAP")
    r"(?:,?\s(?:sp\.\s?z\s?o\.\s?o|s\.\s?a|s\.\s?r\.\s?o|a\.\s?s|s\.\s?l\.?u?|s\.\s?a\.\s?s|b\.\s?v|n\.\s?v|s\.\s?p\.\s?a)\.?|\s(?:sarl|plc|pty|corp|ab|asa?|oyj?|kk))$|"
    r"\b(?:group|grupa|gruppe|grupo|groupe|gruppo)\b|"
    r"\w\.(?:de|com|net|org|at|ch|it|fr|uk|info|eu|es|pl)\b|"
    r"^(?:[a-z]*[-_]?admin|administrator|publisher|super ?user|webmaster|no author)$",  # CMS accounts: "jdadmin", "wordpressadmin"
    re.IGNORECASE,
)


def _beside_a_name(name: str, lang: str) -> bool:
    """A role, desk, place or weekday that a byline lists among its names."""
    words = name.split()
    if all(_ROLE_WORDS.match(w) for w in words):
        return True
    return name.casefold() in _not_people(lang)


@lru_cache(maxsize=16)
def _territories(lang: str) -> frozenset[str]:
    """Country names in English and the page's language (Babel's CLDR data)."""
    from .dates import babel_locale

    return frozenset(name.casefold() for tag in {"en", lang} for name in babel_locale(tag).territories.values())


@lru_cache(maxsize=16)
def _not_people(lang: str) -> frozenset[str]:
    """Country, weekday and month names in English and the page's language."""
    from .dates import babel_locale

    months = {name.casefold() for tag in {"en", lang} for name in babel_locale(tag).months["format"]["wide"].values()}
    return _territories(lang) | _cities(lang) | _weekdays(lang, "wide") | _weekdays(lang, "abbreviated") | months


@lru_cache(maxsize=16)
def _cities(lang: str) -> frozenset[str]:
    """Cities that name a time zone ("America/New_York"), and their names in the page's language
    (Babel's CLDR data): the dateline a byline puts after the name ("By Nada Tawfik, New York")."""
    from babel.core import get_global

    from .dates import babel_locale

    out = {zone.rsplit("/", 1)[-1].replace("_", " ").casefold() for zone in get_global("zone_territories") if "/" in zone}
    for tag in {"en", lang}:
        out.update(zone["city"].casefold() for zone in babel_locale(tag).time_zones.values() if "city" in zone)
    return frozenset(out | _BUREAU_CITIES)


# Cities of many words that bylines name after the writer and no time zone does (one word beside a full name is no
# second author anyway): "By Jane Doe, New Delhi", "Por Maria Silva, Rio de Janeiro".
_BUREAU_CITIES = frozenset((
    "new delhi", "rio de janeiro", "belo horizonte", "porto alegre", "san francisco", "san diego", "las vegas", "salt lake city",
    "kansas city", "new orleans", "st. louis", "washington, d.c.", "washington d.c.", "abu dhabi", "cape town", "tel aviv",
    "st. petersburg", "saint petersburg", "sankt petersburg", "the hague", "den haag", "frankfurt am main", "kuwait city",
    "panama city", "guatemala city", "quebec city", "ho chi minh city", "ciudad de méxico", "são paulo", "hong kong",
    "नई दिल्ली",  # New Delhi in Hindi: "राहुल शर्मा, नई दिल्ली"
))


def _published_part(text: str, lang: str) -> str:
    """A published <time>'s words without the update they also say: NBC's "Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13,
    2016, 6:06 PM UTC" is the publication's "Dec. 13, 2016, 12:31 PM UTC"."""
    if not text or not _says_updated(text):
        return text
    kept = _without_updates(text)
    return kept if kept and parse_visible_date(kept, lang, fallback=True) is not None else text


def _date_phrase(text: str, said: str, lang: str) -> str:
    """The part of a meta line that says the date: without the author's name or the place before it ("Keith Noonan -
    Jan 9, 2017 at 10:05AM", "Wien - Mittwoch, 02.02.2022, 11:17 Uhr") and the section, comments or "by" after its
    time ("Paddy · April 19, 2019 · Mac · 7 comments"); ``said`` is the date as the text writes it. A label, a weekday
    or a number before it stays ("Published: …", "Tuesday | April 26, 2022")."""
    at = text.find(said)
    if at < 0:
        return text
    head, tail = text[:at], text[at + len(said):]
    separators = list(_PHRASE_SEP.finditer(head))
    last = separators[-1] if separators else None
    rest = head[last.end():] if last is not None else ""
    if last is not None and (not rest.strip() or _is_weekday(rest.strip(" ,.").casefold(), lang)):  # "Wien - Freitag, 04.12.2026"
        before = head[: last.start()].strip()
        words = before.casefold().rstrip(".,:").split()
        if before and not _DIGIT.search(before) and len(words) <= 4 and not _PUBLISHED_LINE.search(before) and not _UPDATED.search(before) \
                and not (len(words) == 1 and (words[0] in _DATE_LABELS or _is_weekday(words[0], lang))):
            head = rest
    elif last is None and (named := _NAME_BEFORE_DATE.match(head)) and _person_like(named[1]) and not _PUBLISHED_LINE.search(named[1]) \
            and not _UPDATED.search(named[1]) and not any(w in _DATE_LABELS or w in _LABEL_WORDS or _is_weekday(w, lang)
                                                          for w in named[1].casefold().replace(".", " ").split()):
        # the author's name and a colon, a comma or "on" before the date: "Martin Fowler: 25 Feb 2026", "James Somers, February 28, 2010",
        # "Jane Doe on June 5, 2023"
        head = ""
    dot = 1 if tail.startswith(".") else 0  # (the day's dot of a date written year first: "2015. augusztus 20., 11:16")
    clock = _CLOCK_AFTER.match(tail, dot) or (_CLOCK_GLUED.match(tail) if said.endswith(("日", "号", "號")) else None)
    kept = clock.end() if clock else dot
    if _AFTER_DATE_END.match(tail, kept):
        tail = tail[:kept]
    if head.strip().casefold() in _CONNECTORS and len(tail.split()) <= 3:
        head = ""  # "on June 5, 2023" after the author's name in the element before: the date alone (not a sentence's "Am 31.8.1990 fand …")
    return (head + said + tail).strip(" ,|·•/–—-")


def _is_weekday(word: str, lang: str) -> bool:
    """Whether a (case-folded) word names a weekday in the page's language or one a page often writes in another ("Freitag")."""
    from .dates import _FALLBACK_LOCALES

    return any(word in _weekdays(tag, "wide") or word in _weekdays(tag, "abbreviated") for tag in (lang, *_FALLBACK_LOCALES))


_DATE_LABELS = frozenset(("stand", "datum", "date", "fecha", "data", "dato"))
# Words of a date's label that no name holds: "Aktuelle Zeit:", "First Posted :"
_LABEL_WORDS = frozenset(("zeit", "uhrzeit", "time", "heure", "hora", "ora", "tijd", "tid", "posted", "created", "updated", "modified"))
_CONNECTORS = frozenset(("on", "am", "le", "el", "il", "den", "vom", "op", "em", "no", "na", "w", "dne"))
_NAME_BEFORE_DATE = lazy(r"^(?:by\s+)?(.{3,60}?)(?:\s*[:,]|\s+(?:on|am|le|el|il|den|vom|op|em))\s+$", re.IGNORECASE)
_PHRASE_SEP = lazy(r"\s+(?:[-–—|·•]|/{1,2})\s+|\s*[|·•]\s*")
# The time after the date ("at 10:05AM", ", 11:17 Uhr", " / 06:15", "7:45 am PST"), and what ends the date's part after it.
_CLOCK_AFTER = lazy(r"(?:(?:\s*[,|/·•@]\s*|\s+[-–—]\s+|\s+)(?:(?:at|um|à|às|a las|alle|kl\.?)\s+)?\d{1,2}(?:[:.h]\d{2}){1,2}"
                    r"(?:\s*(?:[ap]\.?\s?m\.?|uhr|h|hrs\.?))?(?:\s+(?!(?:by|von|par|por|di|av|in)\b)(?-i:[A-Z]{2,5})\b)?)+", re.IGNORECASE)
# The time right after the day's "日", as Chinese and Japanese pages write it: "2024年05月06日12:32".
_CLOCK_GLUED = lazy(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
# What ends a date's phrase: a separator, "by", or the label of what follows ("… 11:16 forrás: MTI", "… Source: Reuters")
_AFTER_DATE_END = lazy(r"\s*[|·•/]|\s+[-–—]\s|\s+(?:by|von|par|por|di|door|av)(?:\s|$)|\s+[^\W\d_]{2,20}\s*[:：]", re.IGNORECASE)


@lru_cache(maxsize=32)
def _weekdays(lang: str, width: str) -> frozenset[str]:
    """Weekday names (“Monday” or “Mon”) in English and the page's language (Babel's CLDR data)."""
    from .dates import babel_locale

    return frozenset(name.casefold().rstrip(".") for tag in {"en", lang} for name in babel_locale(tag).days["format"][width].values())


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


def _text_before(first: etree._Element) -> str:
    """The few words in the lead paragraph's own box before it, when they end with a dash as a dateline does (detik's
    "<strong>Jakarta</strong> - <p>Seorang …"); "" otherwise."""
    box = first.getparent()
    if box is None:
        return ""
    said = [box.text or ""]
    for child in box:
        if child is first:
            break
        if not isinstance(child.tag, str) or child.tag not in ("strong", "b", "span", "em"):
            return ""
        said.append(visible_text(child) + " " + (child.tail or ""))
    else:
        return ""
    text = squash(" ".join(said))
    return text if 2 < len(text) <= 60 and text[-1] in "-–—" else ""


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
    if el.tag != "div" or not _text_box(el) or _caption_class().search(el.get("class") or ""):
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
        if a.tag in ("figure", "figcaption") or _caption_class().search(a.get("class") or ""):
            return True
    return False


@lru_cache(maxsize=1)
def _caption_class() -> re.Pattern[str]:
    from .rules.captions import CAPTION_CLASS

    return CAPTION_CLASS


# An agency after a dash that closes the text: "… August 11-21. — AFP", "… said. — Reuters/PTI".
_CLOSING_AGENCY = lazy(r"(?<=[.!?\"”’)])\s+[—–-]{1,2}\s*(?P<agencies>[\w][\w .&-]{0,30}?(?:\s*[/,]\s*[\w][\w .&-]{0,30}?)*)\s*$")
# "As <agency> reports" opening Russian and Ukrainian agency copy ("Как передает Укринформ, …", "Об этом сообщает ТАСС").
_REPORTS_AS = lazy(r"^\s*(?:(?:об\s+этом|про\s+це)\s+|(?:как|як)\s+)(?:передает|передаёт|сообщает|сообщили|передає|повідомляє|повідомили)\s+"
                   r"(?:(?:специальный\s+|власний\s+|собственный\s+)?(?:корреспондент|кореспондент)\s+)?(?P<agency>[^\s,.;:]+(?:\s+[^\s,.;:]+)?)",
                   re.IGNORECASE)


# The parts of a dateline: a city of up to four words ("Kiew/Moskau", "Frankfurt/Main"), and after it a state or a
# date in any language: ", Ukraine", ", Jan 5", ", 5 Ene.", ", le 5 janvier".
# Latin (Vietnamese's "HÀ NỘI" too), Cyrillic and Greek capitals; Arabic, which has none
_DATELINE_WORD = r"(?:[A-ZÀ-ÝА-ЯЁІЇЄҐΑ-ΩΆ-Ώ\u1ea0-\u1ef8][\wÀ-ÿ.'’-]*|[\u0600-\u06ff]+|[\u0900-\u097f]+|[\u0980-\u09ff]+|[\u0590-\u05ff]+)"
_DATELINE_CITY = rf"{_DATELINE_WORD}(?:(?: |/)(?:{_DATELINE_WORD}|am|an|der|de|del|la|le|sur|upon|im|in)){{0,3}}"
_DATELINE_AFTER = r"(?:, [^()\n—–:]{1,30}?| \d[^()\n—–:]{0,28}?)?"  # (or the day without a comma: "Bratislava 3. decembra (TASR) -")
# East Asian agencies' datelines: Yonhap's "(서울=연합뉴스)", Newsis' "[서울=뉴시스]" (and a paper's "[부산=스포츠조선 선수민 기자]"),
# Xinhua's "新华社北京12月3日电", Kyodo's "【カイロ共同】".
_DATELINE_EAST_ASIAN = lazy(
    r"^(\([\uac00-\ud7a3]{1,10}=[\uac00-\ud7a3A-Za-z0-9]{1,10}\)|\[[\uac00-\ud7a3]{1,10}\s?=\s?[\uac00-\ud7a3A-Za-z0-9]{1,10}(?: [\uac00-\ud7a3]{2,4}){0,3}\]|[\u4e00-\u9fff]{2,5}社[\u4e00-\u9fff]{1,10}\d{1,2}月\d{1,2}日[电電](?:（[^）]{1,30}）)?"
    r"|【[^】]{1,20}(?:共同|時事|ロイター|AFP|新華社)】)"
)


@lru_cache(maxsize=1)
def _dateline_of_agency() -> re.Pattern[str]:
    """The dateline that opens agency copy: "WASHINGTON (AP) —", "BERLIN, Dec 6 (Reuters) -", "Paris (AFP) -",
    "Berlin (dpa) –", "TOKYO (Kyodo) --", "MOSCOW, December 6 /TASS/.", and a press release's wire."""
    agencies = "|".join(re.escape(a) for a in sorted(_agencies(), key=len, reverse=True))
    city, after = _DATELINE_CITY, _DATELINE_AFTER
    return re.compile(
        rf"^({city}{after} \((?i:{agencies})(?:[/,] ?[\w-]+)*(?: [A-Z][a-z]+)?\)\.?\s*(?:--|[—–-])"  # "Washington, 5 ene (EFE).-", "Beijing, Dec 6 (Xinhua) --"
        rf"|{city}, [^()\n—–:]{{1,30}}? \((?i:{agencies})\)(?=\s+[A-Z0-9\"“\u0900-\u09ff])"  # Indian agencies, no dash: "New Delhi, Dec 4 (PTI) The …",
        # "नई दिल्ली, 3 दिसंबर (भाषा) सरकार …"
        rf"|{city}{after} [—–] (?:РИА Новости|Sputnik|Прайм|RIA Novosti)\.(?=\s)"  # RIA Novosti: "МОСКВА, 3 дек — РИА Новости."
        # … or a colon, perhaps with the country in brackets: "New Delhi [India], December 3 (ANI):", "Mumbai, Dec 3 (PTI):"
        rf"|{city}(?: \[[^\]\n]{{1,20}}\])?, [^()\n—–:]{{1,30}}? \((?i:{agencies})\):(?=\s)"
        # … or the agency after the date, no brackets: the Deccan Herald's "Washington, Aug 23, 2012, PTI:"
        rf"|{city}, [^()\n—–:]{{1,30}}?, (?:{agencies}):(?=\s)"
        # a full stop for the dash: "Wiesbaden (KNA/iz). Bundespräsident …", "Madrid, 3 dic (EFE). Las conversaciones …"
        rf"|{city}{after} \((?i:{agencies})(?:[/,] ?[\w-]+)*\)\.(?=\s+[A-ZÀ-Þ¿¡\"„“«])"
        rf"|{city} \((?:TT|NTB|STT|Ritzau)\)(?=\s+[A-ZÀ-Þ0-9\"“])"  # Nordic agencies, no dash either: "STOCKHOLM (TT) Samtalen …"
        rf"|{city}{after} /(?i:{agencies})/(?:\.|\s*[—–-])(?=\s)"  # TASS: "MOSCOW, December 6 /TASS/.", Agerpres: "Bucureşti, 3 dec /Agerpres/ -"
        rf"|\((?:{agencies})\)\s*[—–-]\s*{city}{after}\s+[—–-]"  # the agency first, as ANSA writes it: "(ANSA) - ROMA, 03 DIC -"
        # Press releases: "CAIRO, Dec. 4, 2026 /PRNewswire/ --", "(GLOBE NEWSWIRE) --"
        rf"|{city}{after} (?:/[\w -]*?(?:Newswire|Wire|CNW)[\w -]*/|\((?i:globe newswire|business wire|accesswire)\))\s*(?:--|[—–-]))(?=\s)"
    )


# A place in the page's own case before a dash, a Spanish ".-", or a full stop before the first sentence: the city must be
# one the page's language names (checked after the match).
_PLACE_DATELINE = lazy(r"^\s*((?P<city>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2})(?:\s*[—–-]+|\.-|\.(?=\s+[A-ZÀ-ÞÄÖÜ])))(?=\s)")


# The place and the outlet's name (its web address, or the site's name, checked after the match) before a dash, either way round.
_OUTLET = r"(?P<outlet>[\w.-]{2,40}\.\w{2,4}|[^\W\d_][\w]*(?: [A-Z][\w]*){0,2})"
_DATELINE_PLACE = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_OUTLET_DATELINE = lazy(rf"^\s*({_OUTLET}, {_DATELINE_PLACE}\s*(?:--|[—–-]))(?=\s)")
_PLACE_OUTLET_DATELINE = lazy(rf"^\s*({_DATELINE_PLACE}, {_OUTLET}\s*(?:--|[—–-]))(?=\s)")
_WEB_OUTLET = lazy(r"\.(?:com|net|org|co|id|co\.id|info|news|tv)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dateline_in_capitals() -> re.Pattern[str]:
    """A city in capitals alone opens a dateline too: "LONDON —", "ROMA, 05 GEN -", "NEW DELHI:"."""
    after = _DATELINE_AFTER
    caps = (r"(?!(?:UPDATED?|BREAKING|EXCLUSIVE|WATCH|ANALYSIS|OPINION|LIVE|CORRECTION|EDITOR'?S NOTE|NOTE|PHOTOS?|VIDEOS?|FILE|DEAR|"
            r"TRANSCRIPT|SPOILERS?|WARNING|SPONSORED|ADVERTISEMENT|ANZEIGE|AKTUALISIERT|EILMELDUNG|KOMMENTAR|MEINUNG|INTERVIEW|Q|A)\b)")
    # (and Vietnamese capitals: "HÀ NỘI -")
    return re.compile(
        rf"^({caps}[A-ZÀ-ÝА-ЯЁІЇЄҐΑ-ΩΆ-Ώ][A-ZÀ-ÝА-ЯЁІЇЄҐΑ-ΩΆ-Ώ\u1ea0-\u1ef8.'’ /-]{{2,}}[A-ZÀ-ÝА-ЯЁІЇЄҐΑ-ΩΆ-Ώ\u1ea0-\u1ef8.]{after} [—–-]"  # "SINGAPORE -", "ROMA, 05 GEN -", "МОСКВА, 3 дек —"
        rf"|{caps}[A-ZÀ-Ý][A-ZÀ-Ý.'’/-]+(?: [A-ZÀ-Ý.'’/-]+){{0,2}}(?<=[A-ZÀ-Ý.]):)(?=\s)"  # "NEW DELHI:", not a four-word heading "MEHRERE SCHÜSSE IN WOHNUNG:"
    )


@lru_cache(maxsize=1)
def _agencies() -> tuple[str, ...]:
    from .rules.attribution import _SPELLED_OUT, AGENCIES, FULL_NAMES

    return tuple(dict.fromkeys((*AGENCIES, "CNN", "BBC", *FULL_NAMES, *_SPELLED_OUT)))  # and their other spellings: "AA", "ТАСС", "رويترز"


@lru_cache(maxsize=1)
def _agency_codes() -> frozenset[str]:
    return frozenset(a.casefold() for a in _agencies())


def _agencies_of(name: str) -> list[str]:
    """The agencies a byline's name stands for: an agency as the vocabulary or its full name says it ("The Associated Press"),
    its staff or news service ("Reuters Staff", "Kyodo News", "PA Media"), its newsroom or "from" ("Redazione ANSA", "Da
    Reuters"), two joined with a hyphen ("AFP-JIJI"), or one before a city ("EFE / Madrid")."""
    from .rules.attribution import AGENCIES, agency_named

    def named(text: str) -> str | None:
        text = text.strip(" .")
        return agency_named(text, AGENCIES) or agency_named(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE), AGENCIES)

    name = squash(name)
    found = named(name)
    if found:
        return [found]
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in _AGENCY_SERVICE and (found := named(" ".join(words[:-1]))):
        return [found]
    if len(words) >= 2 and words[0].casefold() in _AGENCY_DESK and (found := named(" ".join(words[1:]))):
        return [found]
    parts = re.split(r"\s*[-–/]\s*", name)
    if len(parts) == 2:
        first, second = named(parts[0]), named(parts[1])
        if first and second:
            return [first, second]  # "AFP-JIJI": the wire and the partner that carries it
        if first and _person_like(parts[1]) is False and parts[1][:1].isupper() and " " not in parts[1].strip():
            return [first]  # "EFE / Madrid": the agency, then where it reports from
    return []


# The words of a byline that names wire copy and no one: "Staff and wire reports", "With wires", "By news service reports"
# (a desk's own name, "News Desk", "BWW News Desk", is the byline's, as readers and metadata name it).
_DESK_WORDS = frozenset("from staff wire wires reports report agencies agency services service our and with news".split())
_WIRE_WORDS = frozenset("wire wires reports report agencies agency services service".split())
# The words after an agency's name that say its staff or service, and before it its newsroom or "from".
_AGENCY_SERVICE = frozenset("staff news reporters reporter media writers correspondents correspondent wire wires newsroom redaktion".split())
_AGENCY_DESK = frozenset("redazione redacción redação redaktion rédaction da de from via".split())


_BRACKETED_AGENCY = lazy(r"(?<=\w)\s*\(\s*[^()]{2,40}\)\s*$")


@lru_cache(maxsize=1)
def _agency_tail() -> re.Pattern[str]:
    """An agency written after a person's name with a slash ("Jane Doe / EFE"), or written out
    after it as AP signs ("By JANE DOE Associated Press")."""
    from .rules.attribution import FULL_NAMES

    names = "|".join(re.escape(a) for a in sorted(_agencies(), key=len, reverse=True))
    written = "|".join(re.escape(a) for a in FULL_NAMES)
    return re.compile(rf"(?<=\w)(?:\s*/\s*(?:{names})|\s+(?:the\s+)?(?:{written}))\s*$", re.IGNORECASE)


_WRITTEN_BY = lazy(r"\s*(?:written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|autor|author)\s*:?\s*$", re.IGNORECASE)
_CREDIT_AFTER = lazy(
    r"\s+(?:(?:Fotos?|Photos?|Bild(?:er)?|Images?|Illustrations?|Illustrationen|Grafik(?:en)?|Kuvat?|Kuvaaja|Beeld|Zdjęcia|Фото|Fotografías?)\s*:"
    r"|(?:Fotos?|Photos?|Photographs?|Bild(?:er)?|Illustrations?|Illustrationen|Grafik(?:en)?)\s+(?:von|by)\s)",
    re.IGNORECASE,
)
# No part of a name: e-mail addresses, and an address's domain after a handle run into it ("Jane Doe@janedoejane@post.com"
# of <span>s without spaces), handles, a note in brackets after the name, stray angle brackets.
_NOT_IN_NAME = lazy(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w-]+(?:\.[\w-]+)+|@\w+|\([^)]*\)?(?=\s*(?:$|[,;|&/]|and\b|und\b))|[<>]")
# Words a byline splits into that are no one's name.
# "zvg" ("zur Verfügung gestellt") credits a picture.
_NO_NAMES = frozenset({"von", "by", "par", "por", "und", "and", "und von", "mit", "with", "team", "vor", "mehr", "more", "ago", "via", "zvg",
                       "red",  # "red, ORF.at/Agenturen": the newsroom (Redaktion), not a person
                       "nachricht", "pressemitteilung", "meldung", "news",  # a list's kinds of item beside its authors
                       "our", "unser", "unsere", "notre", "nuestro", "nuestra",  # what "By Our Reporter" leaves of a desk
                       "submitted", "posted", "published", "written"})  # what "Submitted on Mon, 2019-01-21" (Drupal) leaves of its line


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


def _credit_attribute(el: etree._Element) -> tuple[etree._Element, str, str] | None:
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
    from .rules.images import _FILENAME, _MACHINE_NAME, _PLACEHOLDERS

    for node in _image_and_its_boxes(el, 4):
        value = node.get("data-caption")
        if value and value.strip():
            said = squash(_STRIP_MARKER.sub(" ", html.unescape(_TAG.sub(" ", value))))
            return (node, "data-caption", said) if said and not said.isdigit() else None
        # (not the title of a link that downloads the file: HEY World's <a download="image.png" title="Download image.png">)
        title = node.get("title") if node.tag == "a" and node.get("download") is None else None
        if title and title.strip() and any(_LIGHTBOX.search(f"{name} {v}") for name, v in node.attrib.items() if name != "href"):
            said = squash(_STRIP_MARKER.sub(" ", html.unescape(_TAG.sub(" ", title))))
            if len(said) > 2 and said.casefold() != squash(el.get("alt")).casefold() and said.casefold() not in _PLACEHOLDERS \
                    and not _FILENAME.match(said) and not _MACHINE_NAME.match(said):
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


def letters(name: str) -> str:
    """A name's letters only, in one case: a user name "edilson.la.rosa" and "Edilson La Rosa" have the same."""
    return "".join(ch for ch in normalize(name) if ch.isalpha())


_UNFILLED_NAME = lazy(r"undefined|null|nan|nil|none|\[?object object\]?")


def _names(found: list[tuple[str, Source]], lang: str = "en") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for text, source in found:
        for name in _names_in(text, lang):
            key = normalize(name)
            if _UNFILLED_NAME.fullmatch(key) or "{{" in name or "object Object" in name:
                continue  # a value the template failed to fill ("By undefined", "By [object Object]"): no one (ART006 reports it)
            if key not in seen:
                seen.add(key)
                out.append({"name": name, "source": source})
    return out


def _spelled_out_agency(name: str) -> str:
    """The name as written, when it is an agency's name spelled out ("Press Trust of India"); "" otherwise."""
    from .rules.attribution import AGENCIES, agency_named

    said = squash(_BY.sub("", name)).strip(" .,;")
    return said if agency_named(said, AGENCIES) else ""


@lru_cache(maxsize=4096)
def _names_in(text: str, lang: str) -> tuple[str, ...]:
    """The names a byline text gives, in order (a byline is read twice: to choose it, then for its names)."""
    # No e-mail addresses or handles, and no "(Bruxelles, bureau européen)" after the name.
    # Chinese names have two characters: as short as that only after a label ("作者：李明"), never a link's "設定".
    shortest = 2 if _CJK_LABEL.match(text) or _CJK_ROLE.match(text) else 3
    text = _BY.sub("", _GLUED_BY.sub("", squash(_NOT_IN_NAME.sub(" ", text)).lstrip(" -–—|·•")))
    text = _RUBRIC_THEN_BY.sub("", text)  # "Disko Von Ernst Lohoff": the rubric, then the byline
    text = _REVIEWED_THEN_WRITTEN.sub("", text)  # "Medically reviewed by John Roe, MD — Written by Jane Doe": the writer
    if (dated := _PLACE_DATE_AGENCY.fullmatch(text)) and dated["agency"].casefold() in _agency_codes():
        text = dated["agency"]  # the Deccan Herald's "Washington, Aug 23, 2012, PTI:": the agency's copy, dated where it was filed
    if lang in _BY_IN:
        text = _names_after_own_by(text, lang) or text
    text = _CJK_ROLE.sub("", text)  # "记者王敬照": the reporter Wang Jingzhao
    text = _CJK_PLACE.sub("", text).rstrip("】]）)")  # "ロンドン＝山田太郎", "【ワシントン＝山田太郎】": the place, then the reporter
    text = _CJK_PLACE_AFTER.sub("", text)  # "記者王小明／台北報導": the reporter, then where he reports from
    if lang == "nl":
        text = _DUTCH_AND.sub(", ", text)  # "Door Jan de Vries en Piet Jansen"; elsewhere "en" may say where ("en Madrid")
    elif lang in ("tl", "fil"):
        text = _TAGALOG_AND.sub(", ", text)  # "Nina Juan Santos at Maria Reyes"
    elif lang == "hi":
        text = _HINDI_BY_AFTER.sub("", text)  # "राहुल शर्मा द्वारा": Hindi says "by" after the name
    text = _said_once(text)  # "Kristen Falc'honKristen Falc'hon"
    text = _CREDIT_AFTER.split(text, 1)[0]  # "Interview: Jens Bergmann Foto: Michael Hudler"
    shown = parse_visible_date(text, "en", fallback=True)
    if shown is not None:  # “Lisa Schmidt, December 6, 2016”: the name ends where the date starts
        at = text.find(shown[1])
        after = _TIME_BEFORE_BY.match(text, at + len(shown[1])) or _TIME_BEFORE_NAME.match(text, at + len(shown[1]))
        # … unless the date comes first and "By" after it (RTÉ: “Updated / Tuesday, 6 Dec 2016 10:00 By Jane Doe”), or a separator and
        # a name (“Published May 6, 2024 · Jane Doe”, “06.05.2024 - Jane Doe”)
        text = _BY.sub("", text[after.end():]) if after is not None and not _letters_before(text[:at], lang) else text[:at]
    text = _DATE_TAIL.split(text, 1)[0].rstrip(" ,|·•–-")  # “Bo2man am 29.05.2012”
    text = _PUBLISHED_TAIL.split(text, 1)[0]  # "Par Jean Dupont Publié le 3 décembre 2026": the date's label after the name
    text = _CONNECTOR_TAIL.sub("", text)
    head, bar, tail = text.rstrip(" ,|·•–-").rpartition("|")
    if bar and (len(tail.split()) == 1 or shown is not None and len(tail.split()) <= 3) and tail.strip()[:1].isupper() \
            and len(head.split()) >= 2 and "," not in head and "|" not in head:
        # "Ahmet Yılmaz | Ankara": the city or the desk after the bar, not a second author; before the date, a city of
        # more words too (The Indian Express: "Written by Rahul Sharma | New Delhi | Updated: December 3, 2026")
        text = head
    out = []
    ended = placed = False
    for name in _split_names(text):
        if ended:
            break
        if placed and name.strip().casefold() in _territories(lang):
            placed = False
            continue  # "By Jane Doe in Kyiv, Ukraine": the country of the place the name ended at
        placed = False
        # "Written by Michael Larabel in Valve on 1 June 2019": the name ends before its role or section; and each
        # name of several ("By Jane Doe, Political Reporter, and John Roe, Health Editor"). A place or section
        # ends the byline ("Iberische Weine in Berlin - Vinos Y Tapas und Vinho Iberico").
        if _NOT_WRITERS.match(name):
            break  # "Reporting by Jane Doe; Editing by John Roe": the editor did not write it
        if " of " in name and (whole := _spelled_out_agency(name)):
            out.append(whole)  # an agency's name spelled out, whose "of" is no place: "Press Trust of India"
            continue
        cut = _ROLE_AFTER.search(name)
        if cut is not None:
            # "By Jane Doe in Cairo and John Roe in London" goes on after the place; "… in Berlin - Vinos Y Tapas" does not.
            placed = _IN_PLACE.match(cut.group()) is not None
            ended = placed and not _PLACE_ONLY.fullmatch(name[cut.end():].strip())
            name = name[: cut.start()]
        dash = _SPACED_DASH.search(name)
        if dash is not None and (_person_like(name[: dash.start()]) or _caseless_name(name[: dash.start()])):
            name = name[: dash.start()]  # "Kiran C Nair - Chrome Safe Browsing team": the team after a spaced dash
        # (and the full-width "／" of Japanese bylines, and quotes around a CMS's field: "'Luana Patriolino, Raphael Felice'")
        name = _WITH_LEAD.sub("", name)
        name = _OUTLETS_OWN.sub("", name)  # "From CNN's Jane Doe": the newsroom she works for
        name = _PROFESSION_BEFORE.sub("", name)  # "Rechtsanwalt Sebastian Einbock": the lawyer who wrote it
        if not _SURNAME_PARTICLES.match(name):  # "Von von der Leyen": the label went, the surname's "von" stays
            name = _BY.sub("", name)
        name = _EMOJI.sub("", name) if not name.isascii() else name  # "Jenny Smith ❤️", "Jane Doe 🇺🇸"
        name = squash(name).strip(" .:-–—»«›‹>/|／｜'\"“”„·•") + ("." if _SUFFIX_DOT.search(name) else "")  # "Jane Doe Jr."
        name = _said_once(name)  # "Andrea WongAndrea Wong" among other names
        if lang in _BY_IN:
            name = _names_after_own_by(name, lang) or name  # "Της Μαρίας Νικολάου και του Γιώργου Παπαδόπουλου": each name's own "by"
        name = _UI_TAIL.sub("", name)  # "Patrick Allan ProfileFollowUnfollow": the profile card's buttons
        if " " in name:
            name = _FOOTNOTE.sub("", name)  # "Marwan H. Adwan1": the affiliation's number
            outlet = _FOR_OUTLET.search(name)
            if outlet and len(name[: outlet.start()].split()) >= 2:
                name = name[: outlet.start()]  # "Brendan Carlin For The Mail": where the writer works
        if len(name) > 60 or len(name.split()) > 5:
            ended = True  # a sentence, not a name: what comes after its "and" is of the sentence too ("… w Nowej Zelandii i Polsce")
            continue
        if len(name) < shortest and not (name.isupper() and name.casefold() in _agency_codes()) or name.casefold() in _NO_NAMES \
                or _NOT_A_NAME.search(name):  # (an agency of two letters is a byline's name: "By AP")
            continue
        if ":" in name:
            continue  # "Charlotte Würdig: Trauriges Geständnis" is a teaser's headline
        if name.replace(".", "").replace(" ", "").casefold() in _CREDENTIALS:
            continue  # "Ilana Muhlstein, MS, RDN": her degrees
        tail = _agency_tail().search(name)
        if tail and len(name[: tail.start()].split()) >= 2:
            name = name[: tail.start()]  # "Jane Doe / EFE" is Jane Doe; initials with their agency ("det/dpa") stay whole
        place = _PLACE_SLASH_COUNTRY.search(name)
        if place and place["country"].casefold() in _territories(lang) and len(name[: place.start()].split()) >= 2:
            name = name[: place.start()]  # "Sebastian Drescher Kakuma /Kenia": where he wrote from, the town and its country
        code = _SERVICE_AFTER.search(name)
        if code and _person_like(name[: code.start()]):
            name = name[: code.start()]  # "Peter Maahn/SP-X", "Maria Silva/Folhapress": the service or paper after the writer
        if _CJK.search(name) and (later := _CJK_NEXT_LABEL.search(name)):
            name = name[: later.start()]  # "李明 责任编辑：王芳": the editor's label ends the writer's name
        if _CJK.search(name) and (_CJK_NOT_WRITER.search(name) and _CJK_NOT_WRITER.sub("", name) or _CJK_NOT_WRITER_LABEL.match(name)):
            continue  # "写真：鈴木花子" took the photos
        name = _CJK_ROLE_AFTER.sub("", name) or name
        name = _CJK_PLACE.sub("", name)  # "…、ロンドン＝鈴木花子": each reporter after the place
        if _APPOSITIVE.match(name):
            continue  # "Written by Jane Author, a researcher on the team": what she is, after her name
        words = name.split()
        if words[0].lower() == "the" and all(_ROLE_WORDS.match(w) for w in words[1:]):
            continue  # "Posted in News by the Editors"
        if out and words[0].casefold() in ("for", "für", "pour", "para", "per") and len(words) <= 5:
            continue  # "By Jane Doe, for CNN": the outlet she wrote it for
        if words[0] in _OF_PARTICLES and len(words) <= 3 and (out or not _SURNAME_PARTICLES.match(name) or _NEWSROOM.search(name)):
            continue  # "Por Jane Doe, da Folha": where the author works, not a name (alone, "von der Leyen" is one)
        if len(words) >= 2 and _PERSON_ROLE.match(words[0]) and words[1].casefold() in _ROLE_LINKS:
            continue  # "Uta Staschewski, Projektleiterin der HSS in Tunesien": her role
        if len(words) >= 2 and _PERSON_ROLE.match(words[-1]) and words[0].casefold() in _agency_codes():
            continue  # "Tom Krisher, AP Auto Writer": his role at the agency
        if len(words) >= 3 and (words[-1].casefold() in _weekdays(lang, "wide") or _PERSON_ROLE.match(words[-1])
                                or lang[:2] in _NORDIC and _PAPER_CODE.fullmatch(words[-1]) and not any(w.isupper() for w in words[:-1])):
            name = " ".join(words[:-1])  # “Joe Wee Monday, February 29, 2016”, “Kathrin Klinkusch Pressesprecherin”, “Matti Virtanen HS”
        name = _without_sentence(name, lang)
        if name:
            out.append(name)
    return tuple(out)


_SPACED_DASH = lazy(r"\s[-–—]\s")
# A reviewer or an editor named before the writer, as health sites credit a story: "Medically reviewed by John Roe, MD — Written by Jane Doe".
_REVIEWED_THEN_WRITTEN = lazy(r"^.{0,80}?\b(?:reviewed|fact[- ]?checked|checked|edited)\s+by\b.{0,80}?\b(?:written|reported)\s+by\s+", re.IGNORECASE)
# A place, a date and an agency, then a colon, in a byline's box: "Washington, Aug 23, 2012, PTI:" (not "Jane Doe, Aug 23,
# 2012, Reuters").
_PLACE_DATE_AGENCY = lazy(r"\s*[^\W\d_][^,\d]{1,30}, [^,\n]{1,20}\d(?:, \d{4})?, (?P<agency>[A-Z][\w-]{1,15}):\s*")
# A profession written before a writer's name, as legal and tax advice sites sign: "Rechtsanwalt Sebastian Einbock",
# "Fachanwältin für Arbeitsrecht Jane Doe", "Steuerberater Max Muster".
_PROFESSION_BEFORE = lazy(r"^\s*(?:(?:Rechts|Fach|Patent)?[Aa]nw[aä]lt(?:in)?(?:\s+für\s+\S+)?|Notar(?:in)?|Steuerberater(?:in)?|Attorney|Lawyer)\s+"
                          r"(?=[A-ZÀ-Þ]\S*\s+\S)")
# A newsroom's possessive before its writer's name: "CNN's Jane Doe", "The Post's Jane Doe".
_OUTLETS_OWN = lazy(r"^\s*(?:[A-Z]{2,6}|The\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?=[A-ZÀ-Þ])")
# A description after the name, an article and a word in lower case: "a researcher on the team", "our correspondent in Cairo",
# "une journaliste", "ein Kolumnist" (not "de la Cruz", "the Editors")
_APPOSITIVE = lazy(r"(?:a|an|the|our|his|her|their|un|une|ein|eine|el|la|il|uno|una)\s+[a-zà-ÿ]")
_SUFFIX_DOT = lazy(r"\s(?:Jr|Sr)\.\s*$")
_RUBRIC_THEN_BY = lazy(r"^[A-ZÀ-Þ][\w-]+\s+(?:Von|By|Por|Par)\s+(?=[A-ZÀ-Þ][\w'’.-]*\s+[A-ZÀ-Þ])")
# One word after a slash, no one's name: a press service's code or a paper ("/SP-X", "/Folhapress").
_SERVICE_AFTER = lazy(r"\s*/\s*(?-i:[A-ZÀ-ÞİŞĞŁŚŻŹĆŃČŘŠŽĐ][\w.&'’-]*)$")  # (and "Ali Veli / İstanbul")
_PLACE_SLASH_COUNTRY = lazy(r"\s+[A-ZÀ-Þ][\w'’-]+\s*/\s*(?P<country>[A-ZÀ-Þ][\w'’ -]+)$")
_SURNAME_PARTICLES = lazy(r"\s*(?:von|van|de|di|da)\s+(?:der|den|dem|des|de|la|le)\s+\S")
# The paper's initials after a name written in mixed case, as Nordic papers sign: Helsingin Sanomat's "Matti Virtanen HS"
# (not "John Doe III"; and elsewhere a surname in capitals, as French papers write it: "Marie Anne ROY").
_PAPER_CODE = lazy(r"(?!(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$)[A-ZÄÖÜ]{2,4}")
_NORDIC = frozenset(("fi", "sv", "nb", "nn", "no", "da", "is"))
# Degrees and licences written after a name, split off like a second name: "Jane Doe, PhD, RDN".
_CREDENTIALS = frozenset(
    "phd md do rn rdn rd ldn ms msc ma mba mph mfa bsc ba bs jd llm dds dmd dvm pharmd psyd edd cpa cfa cfp lcsw lmft lpc "
    "np pa-c cde cdces cscs ibclc faan facp facs frcp mrcp esq".split()
)
def _said_once(text: str) -> str:
    """A text the page shows twice in a row, once for screen readers, said once."""
    half = len(text) // 2
    return text[:half] if len(text) > 6 and text[:half] == text[half:] else text


def _split_names(text: str) -> list[str]:
    """The byline's parts: at commas and "and" in many languages, and at a spaced slash or a "with" between
    two people's names ("Laura Jordán / Javier Urbina", "By Jane Doe with John Roe"; not "det/dpa",
    "AFP/The Local" or "Jane Doe with additional reporting"), or before an agency ("Jane Doe with AFP")."""
    parts = []
    for part in _NAME_SPLIT.split(text):
        pieces = _PEOPLE_SPLIT.split(part)
        if len(pieces) > 1 and (all(_person_like(p) or _agencies_of(p) for p in pieces) or all(p.strip().casefold() in _agency_codes() for p in pieces[1:])):
            parts.extend(pieces)  # (and "Jane Doe with AFP", "Le Monde with AFP": the writer or the newsroom, then its agency)
        else:
            parts.append(part)
    return parts


# "Par Jane Doe, avec AFP": the agency the writer worked with, after its "with".
_WITH_LEAD = lazy(r"^\s*(?:with|mit|avec|con|com)\s+(?=\S)", re.IGNORECASE)
_PEOPLE_SPLIT = lazy(r"\s+(?:/|with|mit|avec|con|com)\s+", re.IGNORECASE)


_UI_TAIL = lazy(r"\s*(?:Profile|Follow|Unfollow|Subscribe|Posts|Articles|More|Bio|Email|Twitter){2,}$")
# The last word of a newspaper's or a service's name, as a byline puts the writer's paper beside her ("Chicago Tribune",
# "Tribune News Service", "KFF Health News"); not words that are surnames too ("Post", "Sun", "Star").
_PUBLICATION_END = lazy(r"\s(?:Times|Tribune|Herald|Journal|Gazette|Chronicle|Courier|Telegraph|Inquirer|Examiner|Dispatch|Bulletin|Sentinel|"
                        r"Observer|Guardian|Independent|Enquirer|Mirror|Express|Press|Service|Media|Magazine|Network|Newspapers?|Radio|"
                        r"Television|Daily|Zeitung|Rundschau|Anzeiger|Tagblatt|Nachrichten|Allgemeine|Kurier)$")
_FOOTNOTE = lazy(r"(?<=[^\W\d_])[\d*†‡§]+$")
# Emoji and the joiners and variation selectors they are written with, beside a writer's name.
_EMOJI = lazy(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F\u200D\u20E3]+")
_FOR_OUTLET = lazy(r"\s+(?i:for|of|from)\s+(?:(?i:the)\s+)?[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3}$")
# "PorRodolfo Costa": the label run into the name where the page dropped the space between two elements.
# And the label said twice, once by the template and once by the CMS: ABC News' "<span>By</span><span>by JOSH HASKELL…</span>".
_GLUED_BY = lazy(r"^(?:By|BY|Por|POR|Von|VON|Par|PAR)(?=[A-ZÀ-Þ][a-zà-ÿ])|^\s*(?i:by|por|par)(?=\s*(?i:by|por|par)\s)")
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff]")  # Japanese kana and Chinese characters (Korean spaces its words)
_CJK_LABEL = lazy(r"\s*(?:(?:责任编辑|编辑|作者|记者|記者|筆者|撰文|著者|文)\s*[:：]|(?:文|作者|记者|記者)\s*[／/])")
_CJK_PLACE = lazy(r"^[【\[（(]?[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3・ー]{1,12}[＝=]\s*(?=\S)")  # (and Korean: "스포츠조선=선수민 기자")
_CJK_WRITER_INSIDE = lazy(r"(?<=\s)(?:作者|记者|記者|撰文|文)\s*[:：]\s*(?=[\u3400-\u9fff])")
_EDITOR_IN_CHARGE = lazy(r"^\s*[【\[(（]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]\s*(?P<name>[\u3400-\u9fff·]{2,5}(?:[、，,][\u3400-\u9fff·]{2,5}){0,3})"
                         r"\s*[】\])）]?\s*$")
_EDITOR_LABELS = ("编辑", "編輯", "责编", "責編")
_CJK_PLACE_AFTER = lazy(r"\s*[／/][\u3400-\u9fff]{1,8}(?:報導|报道|報道)$")
_TAGALOG_AND = lazy(r"\s+at\s+(?=[A-ZÀ-Þ])")
_HINDI_BY_AFTER = lazy(r"\s+द्वारा\s*$")
_DUTCH_AND = lazy(r"\s+en\s+(?=[A-ZÀ-Þ])")
# (and Japanese papers' senior writers: "編集委員　中沢克二", "論説委員 山田太郎", "特別編集委員", "解説委員")
# (and the paper or agency before a reporter: "聯合報／記者王小明", "新华社记者李明", "本报记者李明")
_CJK_ROLE = lazy(r"^(?:(?:[\u3400-\u9fff]{1,6}\s*[／/]?\s*)?(?:记者|記者)|通讯员|通訊員|实习生|(?:特別|上級)?編集委員|(?:上席|上級)?論説委員(?:長)?|解説委員(?:長)?)\s*(?=\w)")
# After the name: "홍길동 기자" (Korean), "山田 太郎 記者", "李明 报道".
_CJK_ROLE_AFTER = lazy(r"\s*(?:기자|특파원|記者|记者|特派員|特派员|報道|报道|著)$|\s+作$")
_CJK_NEXT_LABEL = lazy(r"\s+(?:[\u3040-\u30ff\u3400-\u9fff]{1,5}\s*[：:]|(?:图|圖|摄影|攝影|编辑|編輯)\s*[／/])")
_CJK_NOT_WRITER_LABEL = lazy(r"(?:監訳|翻訳|訳|編集|監修|写真|絵|イラスト|撮影|译|翻译|编辑|责任编辑|摄影|图)\s*[：:]")
# A translator, editor, supervisor, photographer or illustrator named after the writer: "嶋田 健志 監訳", "木下 哲也 訳".
_CJK_NOT_WRITER = lazy(r"\s*(?:監訳|翻訳|訳|編著?|編集|監修|写真|絵|イラスト|撮影|译|翻译|编辑|摄影)$")


_IN_PLACE = lazy(r"\.?\s+(?:in|en)$")
_PLACE_ONLY = lazy(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?")
# Who else a byline names after the writers: "Editing by", "Photos by", "Graphics by".
_NOT_WRITERS = lazy(r"(?:editing|edited|photos?|photography|graphics|illustrations?|design|video|additional\s+reporting)\s+by\b", re.IGNORECASE)
_ROLE_AFTER = lazy(
    # "Jane Doe Political reporter": the desk goes with the role.
    rf"\.?\s+(?:(?:{_DESKS}|business|sports?|tech(?:nology)?|science|entertainment|politics|culture|news)\s+)*"
    rf"(?:see full bio|senior|staff writer|reporter|editor|correspondent|redakteur|autor|{_ROLES_ABROAD}|(?-i:in|en|at)(?=\s+[A-Z])"
    r"|(?:edited|reviewed|fact[- ]checked|produced)\s+by|(?:with\s+)?(?:additional\s+)?reporting\s+by|(?:reporting|reports|writing)\s+from"
    # A special envoy ("Par Jane Doe, John Roe Envoyés spéciaux à Toulouse", "enviado especial", "inviata speciale"), a writer
    # for another paper ("JOHN ROE Special to the Tribune").
    r"|envoy[ée]e?s?\s+sp[ée]cia(?:le?s?|ux)|enviad[oa]s?\s+especial(?:es)?|inviat[oai]\s+special[ei]|special\s+to\s+the)\b",
    re.IGNORECASE,
)


# Lower-case words inside names: "Ursula von der Leyen", "Karl-Theodor zu Guttenberg", "Michelina C. de la Maza".
_PARTICLES = frozenset("von vom van zu zum zur der den de del della dei di da do dos das du des la le lo ten ter bin ibn al el y e st. dela delos".split())
# The particles that say where someone works when a "name" starts with one ("da Folha"); an article starts a nickname ("der Michel").
_ROLE_LINKS = frozenset("der des of at for bei beim im in am de du del della".split())
_OF_PARTICLES = frozenset("von vom van zu zum zur de del della dei di da do dos das du des".split())


# Library metadata names one author a tag, surname first: <meta name="DC.Creator" content="Jong, Michiel de">; so do
# Parse.ly's and Open Graph's author tags, given name first.
_LISTED_AUTHORS = frozenset(("dc.creator", "citation_author", "parsely-author", "article:author"))
_SURNAME_FIRST = lazy(r"^([^,]+),\s*((?:[A-ZÀ-Þ][\w'’-]*\.?\s*){1,3}(?:(?:von|van|de|der|den|da|di|du|la|le)\s*)*)$")


# One surname, a comma, one or two given names or initials: "Doe, Jane", "Márquez, Gabriel García" (not "Jane Doe, John Roe").
_SURNAME_COMMA_GIVEN = lazy(r"^[A-ZÀ-Þ][\w'’-]+,\s*[A-ZÀ-Þ][\w'’-]*\.?(?:\s+[A-ZÀ-Þ][\w'’-]*\.?)?$")


def _catalogued(name: str) -> str:
    """One name written surname first, as a library catalogue writes it ("Doe, Jane"), given name first; others as written
    ("Jane Doe, John Roe" stays two names)."""
    return _given_first(name) if _SURNAME_COMMA_GIVEN.match(name.strip()) else name


def _given_first(name: str) -> str:
    """"Kooman, F." as "F. Kooman", "Jong, Michiel de" as "Michiel de Jong"; other names as written."""
    m = _SURNAME_FIRST.match(name.strip())
    return f"{m[2].strip()} {m[1].strip()}" if m else name


def _person_like(name: str) -> bool:
    """Two to four capitalized words, in one case, such as people's names are written: "Kathryn Watson",
    "Daniel O'Mahony", "ERRIN HAINES"; not "About Victor Davis Hanson", "AMP Project Marketing", "Online-Redaktion"."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0].casefold() in ("about", "über", "more", "mehr", "all", "alle") or _NEWSROOM.search(name):
        return False
    capped = [w for w in words if w.casefold() not in _PARTICLES]
    if not all(_NAME_WORD.match(w) and w[0].isupper() for w in capped) or any(_ROLE_WORDS.match(w) for w in capped):
        return False
    upper = [w.isupper() for w in capped if len(w.rstrip(".")) > 1]
    return all(upper) or not any(upper)


def _caseless_name(name: str) -> bool:
    """Two to four words of letters of a script without capitals, as a name is written in Arabic, Hebrew or Hindi
    ("محمد أحمد"): where a spaced dash may end it ("محمد أحمد - القاهرة", the place after it)."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) and w[0].lower() == w[0].upper() and w[0].isalpha() for w in words)


_NEWSROOM = lazy(r"(?:redaktion|rédaction|redacción|redazione)\b|\b(?:newsroom|team|staff|desk|news)\b", re.IGNORECASE)
_NAME_WORD = lazy(r"^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?$")


def _without_sentence(name: str, lang: str = "en") -> str:
    """The name without lower-case words run on after it ("Louis Jacobson on", "Daniel Hentschel ebrosia");
    empty when it is part of a sentence ("Martin is a full-stack engineer", "Selbst ist der Mann").

    Only names of three words or more are judged: two may be typed that way ("Mobasir hassan"), and an
    all lower-case name ("bell hooks", a handle) stays. In German, where nouns and names are capitalized,
    a lower-case infinitive after a capitalized word makes a phrase ("Von Barzahler-Rabatten profitieren")."""
    words = name.split()
    if lang == "de" and len(words) == 2 and words[0][:1].isupper() and words[1][:1].islower() and words[1].endswith(("en", "ern", "eln")):
        return ""
    if len(words) < 3 or all(w[:1].islower() for w in words) or not any(w[:1].islower() for w in words):
        return name
    while words and words[-1][:1].islower():
        words.pop()
    if len(words) < 2 or any(w[:1].islower() and w.casefold() not in _PARTICLES for w in words):
        return ""
    return " ".join(words)


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
    first = next((c for c in el if isinstance(c.tag, str)), None)
    leading = first is not None and (first.tag == "small" or "subtitle" in (first.get("class") or "").lower())
    if leading and not (el.text or "").strip() and len(visible_text(el)) > len(visible_text(first)) + 3:
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
    from .rules.captions import _MEDIA_NOTE

    bare = _MEDIA_NOTE.sub("", text).rstrip()
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
    in_content = any(a.tag in ("article", "main") or a.get("role") == "main" for a in h1.iterancestors())
    return not in_content and any(a.tag == "header" or a.get("role") == "banner" for a in h1.iterancestors())


_SECTION_NAME = lazy(r"(?:category|section-?name|ressort|rubrik)$", re.IGNORECASE)
# Meta tags that name a date without saying which: many CMSs fill them with the last change.
_GENERIC_DATE_META = frozenset(("date", "dc.date", "dcterms.date"))
_META_PUBLISHED = lazy(r"publish|pubdate|pub_date|pub-date|releasedate|created|issued", re.IGNORECASE)
# What stands between a name and the date after it: "am", "on", a date label ("Sara Zinnecker Stand: 05. Februar 2020").
_CONNECTOR_TAIL = lazy(
    r"(?:^|\s+)(?:(?:(?:last|zuletzt)\s+)?(?:(?:aktualisiert|veröffentlicht|erschienen|publiziert|posted|updated|published)(?:\s+(?:am|on))?\s*:?"
    r"|(?:(?:publish(?:ed)?|publication|post|release|erscheinungs|veröffentlichungs)\s*)?(?:stand|datum|date)\s*:)"  # with its colon only: Date and Stand are surnames too (Kimiko Date)
    # "on Tue, 03/05/2024", "am Dienstag 6. Mai 2014", "le mardi 6 mai"
    r"|(?:am|on|le|el|il|den|vom|at|the)(?:\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\.?,?)?)\s*$",
    re.IGNORECASE,
)
# The time of day after a date, perhaps with its zone: ", at 10:32 AM EDT".
_CLOCK_BEFORE = r"(?:[\s,|/·•–-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?"
# What may stand between a date and the name after it: the time, then a separator before a capitalized first name and surname.
_TIME_BEFORE_NAME = lazy(_CLOCK_BEFORE + r"\s*[|·•–—-]\s*(?=[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ])")
# What may stand between a date and the "By" after it: the time and separators.
_TIME_BEFORE_BY = lazy(_CLOCK_BEFORE + r"[\s,|/·•–-]*(?=(?:by|von|par|por|door|av|af)\s)", re.IGNORECASE)


def _letters_before(text: str, lang: str) -> bool:
    """Whether words other than a date's labels and weekday ("Updated / Tuesday,", "Published:") stand before it: a name."""
    days = _weekdays(lang, "wide") | _weekdays(lang, "abbreviated")
    return any(w.casefold().rstrip(".") not in days for w in _WORD_LETTERS.findall(_UPDATE_LINE.sub("", _PUBLISHED_LINE.sub("", text))))


_WORD_LETTERS = lazy(r"[^\W\d_]{2,}")
_PUBLISHED_LINE = lazy(PUBLISHED_WORDS, re.IGNORECASE)
_DATE_TAIL = lazy(r"(?:,|\s+(?:am|on|le|el|il|den|vom|\||·|•|–|-))?\s+(?=\d)")
_PUBLISHED_TAIL = lazy(rf"(?:^|\s+)(?:(?:last|first|zuletzt|zuerst)\s+)?(?:{PUBLISHED_WORDS}|{UPDATE_WORDS}|mis à jour)\b.*$", re.IGNORECASE)
_UPDATED = lazy(UPDATE_WORDS, re.IGNORECASE)
_UPDATE_LINE = lazy(rf"(?:(?:last|zuletzt)\s+)?(?:{UPDATE_WORDS})|\bStand\s*:", re.IGNORECASE)
_UPDATED_LOWER = lazy(UPDATE_WORDS)


def publication_metas(page: Page) -> Iterator[tuple[etree._Element, str]]:
    """The meta tags (and microdata's <meta>) whose name says a publication date, with that name in lower case:
    sw-pubdate, pubdate, shareaholic:article_published_time, dateCreated; not an update's, nor an expiry's."""
    for el in page.metas:
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
        if _META_PUBLISHED.search(key) and not _says_updated(key) and "expir" not in key:
            yield el, key


_ENDS_WITH_UPDATE = lazy(rf"(?:{UPDATE_WORDS})\s*(?:(?:am|on|le|el|il)\s*)?:?\s*$", re.IGNORECASE)
_DRAWING = frozenset(("path", "g", "defs", "clippath", "rect", "circle", "ellipse", "line", "polyline", "polygon", "use", "symbol", "mask",
                      "lineargradient", "radialgradient", "stop", "source"))


def _drawn_apart(page: Page, a: etree._Element, b: etree._Element) -> int:
    """How many elements stand between two, not counting an icon's drawing (an inline SVG's shapes) nor a picture's
    sources: the elements a reader sees between them."""
    lo, hi = sorted((page.order[a], page.order[b]))
    return sum(1 for el in page.elements[lo + 1: hi] if el.tag not in _DRAWING)


def _after_update_word(el: etree._Element) -> bool:
    """Whether the words right before an element say that it is the update's date (Advance Local's "on December 26, 2014
    at 9:00 AM, updated <span class="updated" title="…">December 26, 2014 at 9:13 AM</span>"); a theme's hAtom class
    "updated" alone says nothing, as WordPress themes put it on the date of publication."""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    parent = el.getparent()
    text = (before.tail if before is not None else parent.text if parent is not None else None) or ""
    return bool(text.strip()) and _ENDS_WITH_UPDATE.search(text[-40:]) is not None


def _says_updated(text: str) -> bool:
    """The text names an update ("Updated", "Aktualisiert", "Mis à jour" …); searched in lower case, which is
    many times faster than a case-blind search through that many words, on every text near the headline."""
    return _UPDATED_LOWER.search(text.lower()) is not None
# An update clause in a date line, up to the next separator or the label of the publication date:
# "Updated 6 March 2024, first published 5 March 2024", "Mis à jour le 06/03/2024 à 12h00 - Publié le …".
_UPDATE_CLAUSE = lazy(
    rf"(?:(?:zuletzt|last)\s+)?(?:{UPDATE_WORDS}).*?"
    rf"(?=\s*(?:[|·•;]|\s[-–—/]\s|,\s*(?:first\s+|zuerst\s+)?[^\W\d_]*\s*(?:{PUBLISHED_WORDS})|(?:first\s+|zuerst\s+)?(?:{PUBLISHED_WORDS})\b|$))",
    re.IGNORECASE,
)


# An update clause in brackets, whatever separators it holds: "4 dicembre 2026 (modifica il 5 dicembre 2026 | 14:32)".
_UPDATE_IN_BRACKETS = lazy(rf"[(（][^()（）]*?(?:{UPDATE_WORDS})[^()（）]*[)）]", re.IGNORECASE)


def _without_updates(text: str) -> str:
    """A date line without its update clauses: what remains says when the article was published."""
    return _UPDATE_CLAUSE.sub(" ", _UPDATE_IN_BRACKETS.sub(" ", text)).strip(" ,،|·•;/–—-(（")


# A clock in the page's header or footer ("Aktuelle Zeit: 14.10.2020, 12:18") says when it was saved.
_CLOCK = lazy(r"aktuelle zeit|current time|it is currently|es ist jetzt|heute ist|today is", re.IGNORECASE)
_DATE_HINT = lazy(r"date|time|publish|posted|datum|fecha|meta|submitted", re.IGNORECASE)  # (Drupal's "Submitted by … on …")
# What a copyright notice says besides its holder: "Copyright (c) 2024 Condé Nast. All rights reserved."
_COPYRIGHT_WORDS = lazy(r"copyright|\(c\)|©|\b\d{4}(?:\s*[-–]\s*\d{4})?\b|all rights reserved\.?|[.,]\s*$", re.IGNORECASE)
_AUTHOR_METAS = ("author", "article:author", "og:author", "dc.creator", "citation_author", "parsely-author", "sailthru.author", "byl")
# The meta line of what the article quotes: a fact check's claim, "— David McKinley on Sunday, October 13th, 2019
# in an article in a local newspaper" (PolitiFact's "statement__meta"), above the headline and the article's own.
_QUOTED_META = lazy(r"(?:statement|claim|quote)s?(?:__|[-_])(?:meta|date|time)", re.IGNORECASE)
_HCARD = lazy(r"(?:^|\s)(?:vcard|fn|p-author|h-card)(?:$|\s)")
# A part of the byline that names the category or the tags, not a person.
_CATEGORY_CLASS = lazy(r"categor|rubri[ck]|(?:^|[\s_-])tags?(?:$|[\s_-])", re.IGNORECASE)
# (and Forbes' "contrib-byline-type", "Forbes Staff" or "Contributor" beside the name)
_ROLE_CLASS = lazy(r"(?:author|byline)\w*[-_]+(?:designation|role|job\w*|position|type)(?:$|[\s_-])|(?:^|[\s_-])designation(?:$|[\s_-])", re.IGNORECASE)
# An hCard's name that is an organization's ("fn org"): Wikipedia's infobox names the article's subject so.
_HCARD_ORG = lazy(r"(?:^|\s)org(?:$|\s)")
# Every class that _AUTHOR_CLASS or _HCARD finds holds one of these words: a quick first test for the
# many class values a byline search looks at (a third of the cost of the two case-blind searches).
_AUTHOR_WORDS = lazy(r"author|byline|autor|writer|reporter|contributor|verfasser|auteur|szerz|forfatter|skribent|yazar|muhabir|penulis|uid|vcard|fn|card|submitted|firma")
# The author of something the article quotes or hosts, not of the article: a fact check's claim
# ("statement-author" at Polygraph), a quotation, a comment, a testimonial.
_HANDLE_CLASS = lazy(r"twitter|instagram|facebook|linkedin|mastodon|tiktok|bluesky|(?:^|[\s_-])(?:handle|tw|fb)(?:$|[\s_-])", re.IGNORECASE)
_OTHER_AUTHOR = lazy(r"(?:statement|claim|quote|comment|testimonial|review)[-_]?author", re.IGNORECASE)
_DIGIT = lazy(r"\d")
# A channel or profile on a video or social platform is not the site's author page.
_PLATFORM = lazy(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:youtube\.com|vimeo\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|tiktok\.com|linkedin\.com|pinterest\.\w+)/"
    r"|[/_-](?:new_)?(?:registration|register|signup|sign-up|sign_up|login|log-in|signin|sign-in|subscribe|subscription)(?:$|[/?._-])",  # Yomiuri: /member/free/new_registration/
    re.IGNORECASE,
)
_AUTHOR_HREF = lazy(
    r"(?<!licenses)/(?:author|authors|autor|autoren|profile|profil|profiles|staff|editors?|journalist|journalisten|people|contributors?|writers?|redaktion|team|user|u|members?|by)/"
    r"|/(?:author|autor)-[\w.-]+/?$"  # Spiegel: /impressum/autor-bd6e3a45-…; Times of India: /toireporter/author-Saibal-Dasgupta-13399.cms
    r"|/(?:columnists?|agency)/[\w.-]+"  # a columnist's or an agency's page: the Indian Express' /columnist/ptindia/, /agency/pti/
    r"|/@[\w.-]+/?$",  # Medium and Substack profiles: /@janedoe
    re.IGNORECASE,
)
# "By" and a name: not "By clicking “Submit” you agree", not "by the way".
_BY_LINE = lazy(
    # A CMS's byline with a user name, which may be lower case ("Posted in News by jdoe", "Gespeichert von rasos").
    r"^\s*(?:posted\s+in\s+[^|]{2,40}?\s+by|submitted\s+by|(?:gespeichert|eingestellt|verfasst|geschrieben|erstellt)\s+von)\s*:?\s+\S|"
    r"^\s*(?:(?:" + _KIND_OR_TITLE_BY + "|"
    r"by|von|par|por|di|door|av|af|oleh|بقلم|מאת|(?:ein\s+|blog[- ]?)?(?:artikel|beitrag|kommentar|gastbeitrag|gastkommentar|analyse|kolumne|reportage)\s+von|text\s+von|written\s+by|reported\s+by|(?:words|story|compiled|reporting|writing)\s+by|escrito\s+por|escribe|scritto\s+da|écrit\s+par|"
    r"posted\s+(?:on\s+[^|]{3,40}?\s+)?by|publié\s+par|publicado\s+por|pubblicato\s+da|propos\s+recueillis\s+par|entretien\s+réalisé\s+par)\s*:?\s+|"
    r"(?:auteure?|autor(?:in)?|author|verfasser|redaktion|text(?:\s*(?:&|und|/)\s*(?:fotos?|bilder?))?)\s*:\s*|(?:作者|记者|記者|筆者|文|取材・文|文・写真)\s*[:：]\s*|(?:文|作者|记者|記者)\s*[／/]\s*|(?:بقلم|كتب|نویسنده|लेखक)\s*:\s*|(?:yazan|yazar|автор|текст|szerző|teksti|toimittaja|tekst|texte|testo|redacción|tác giả|penulis|מאת|autorius|autorė|autors|forfatter|författare|kirjoittaja|opracowanie|συντάκτης|contributor|texto|reportagem|reporter|writers?|wartawan|pewarta|muhabir|(?:words|story|report)(?:\s*(?:&|and)\s*(?:pictures|photos?|images))?)\s*:\s*)(?-i:(?![a-z\d]))\S",
    re.IGNORECASE,
)


_CAPTION_HOLDER = lazy(r"(?:^|[\s_-])(?:fig)?caption(?:$|[\s_-])|(?:^|\s)pie-?de-?foto(?:$|\s)", re.IGNORECASE)


def _byline_candidate(el: etree._Element, lang: str = "") -> tuple[etree._Element, str] | None:
    """(element, text) when el carries author names (never a photo credit); ``lang``, the page's language without region."""
    found = _byline_candidate_any(el, lang)
    if found is None:
        return None
    name_el, text = found
    if _CREDIT_LIKE.search(text) or any(a.tag in ("figure", "figcaption") for a in name_el.iterancestors()):
        return None
    unseen = {d for d in name_el.iterdescendants() if isinstance(d.tag, str) and _SEPARATOR_CLASS.search(d.get("class") or "")
              and not _says_by(visible_text(d))}
    if unseen and (shown := visible_text_without(name_el, unseen)):
        # words for screen readers only are no part of the name (MIT Technology Review's <a class="byline__name">James
        # O'Donnell<span class="screen-reader-text">archive page</span></a>, bioRxiv's "View ORCID Profile" before each
        # name), but for a "By" that they alone say (chocolate.com's <span class="screen-reader-text">| By </span>)
        text = shown
        found = (name_el, text)
    if any("firma" in (a.get("class") or "").lower().split() for a in (name_el, *itertools.islice(name_el.iterancestors(), 2))) \
            and _CAPTION_HOLDER.search(" ".join(a.get("class") or "" for a in itertools.islice(name_el.iterancestors(), 3))):
        return None  # a signature in a caption (El País's <p class="figcaption">… / <span class="firma">GORKA LEJARCEGI</span>): the photographer
    if any(_TRANSLATED_BY.search(a.text or "") for a in itertools.islice(name_el.iterancestors(), 2)):
        return None  # the translator: reset.org's "Übersetzung <span><a>Sarah-Indra Jungblut</a></span>" after "Autor Mark Newton"
    link = name_el if name_el.tag == "a" else next(name_el.iter("a"), None)
    if link is not None and (_PHOTO_PAGE.search(link.get("href") or "") or "license" in (link.get("class") or "")):
        return None  # the photographer of a licensed photo (reset.org: "Nenad Stojkovic", linked to the photo's Wikimedia page)
    if any(_OTHER_AUTHOR.search(a.get("class") or "") for a in itertools.islice(el.iterancestors(), 4)):
        return None  # "<div class="statement-author"><h4 class="author">": the claim's author
    if _HANDLE_CLASS.search((el.get("class") or "") + " " + (name_el.get("class") or "")):
        return None  # the author's account on a social network: La República's "items-twitter-authors" with "larepublica_pe"
    if el.get("itemprop") in ("author", "creator") and _in_other_item(el):
        return None  # a review's or a comment's author in microdata
    return found


def _says_by(text: str) -> bool:
    """Whether text is a byline's "By" alone ("| By ", "Von", "Autor:")."""
    said = text.strip(" |·•,–-")
    found = _BY.match(said + " ") if said else None
    return found is not None and found.end() >= len(said)


_BY_BEFORE = lazy(r"(?:^|\s)(?:by|von|par|por|door|av|af)\s*:?\s*$", re.IGNORECASE)
# What someone made other than the text, before "by": a site's footer ("Theme by …", "Powered by …", "Design von …"), a picture
# ("Portrait by …", "Photo by …", "Illustration by …"); an advertiser's ("Sponsored by State Farm", "Presented by …", "Brought to you by …")
_MADE_BY = lazy(r"(?:^|\W)(?:theme|powered|designed|design|developed|built|hosted|made|template|photos?|photographs?|images?|illustrations?|"
                r"sponsored|presented|brought to you|supported|funded|paid for|gesponsert|präsentiert|unterstützt|"
                r"patrocinado|sponsorisé|présenté|sponsorizzato|"
                r"fotos?|bild(?:er)?|portraits?|cartoons?|videos?|graphics?|artwork|art|drawings?|maps?|grafik|karikatur|zeichnung)\s*$",
                re.IGNORECASE)


_POSTS_BY = lazy(r"\s*(?:(?:see|view)\s+)?(?:all\s+|more\s+)?(?:posts|articles|stories|entries)\s+(?:from|by)\s+(?P<name>[^\d:|]{3,60}?)\s*$",
                 re.IGNORECASE)


def _avatar_and_name(link: etree._Element, lang: str) -> str | None:
    """The name a link says beside a small picture whose alt says it too (an avatar, 64 pixels or less), when the line
    around the link dates the story; None otherwise."""
    img = next(link.iter("img"), None)
    if img is None or not img.get("alt"):
        return None
    text = visible_text(link)
    if not text or squash(img.get("alt")).casefold() != text.casefold() or not 1 <= len(text.split()) <= 4 or _DIGIT.search(text):
        return None
    sizes = [int(v) for v in (img.get("width"), img.get("height")) if v and v.isdigit()]
    if not sizes or max(sizes) > 64:
        return None
    line = link.getparent()
    said = visible_text(line) if line is not None else ""
    return text if len(said) <= 120 and parse_visible_date(said, lang, fallback=True) is not None else None


def _in_list_of_the_text(link: etree._Element) -> bool:
    """Whether a link stands in a list item of a list that follows a paragraph of the text in the same box (not a meta
    line's list of the author, the date and the category above the text)."""
    item = next((a for a in itertools.islice(link.iterancestors(), 2) if a.tag == "li"), None)
    listed = item.getparent() if item is not None else None
    if listed is None or listed.tag not in ("ul", "ol"):
        return False
    return any(p.tag == "p" and len(visible_text(p)) > 80 for p in itertools.islice(listed.itersiblings(preceding=True), 5))


def _in_other_item(el: etree._Element) -> bool:
    """Whether the microdata item a property belongs to is a review, comment or answer, not the article."""
    for a in itertools.islice(el.iterancestors(), 20):
        if a.get("itemscope") is not None:
            return bool(_OTHER_ITEM.search(a.get("itemtype") or "") or (a.get("itemprop") or "") in ("review", "comment", "suggestedAnswer", "acceptedAnswer"))
    return False


# A postal code before a town, or a telephone number: an address block's contents.
_POSTAL = lazy(r"\b\d{4,5}\s+[A-ZÀ-Þ]|\b(?:tel|phone|telefon|fon)\.?\s*:?\s*\+?\d", re.IGNORECASE)
_OTHER_ITEM = lazy(r"schema\.org/(?:Review|Comment|Answer|Rating|UserComments)\b", re.IGNORECASE)


_TRANSLATED_BY = lazy(r"(?:übersetzung|übersetzt von|translation|translated by|traduction|traduit par|traducción|traducido por|tradução|traduzione|tradotto da|vertaling)\s*:?\s*$", re.IGNORECASE)
_PHOTO_PAGE = lazy(r"commons\.wikimedia\.org/wiki/(?:File|Datei):|flickr\.com/photos/|unsplash\.com/(?:@|photos/)|pixabay\.com/(?:users|photos)/|pexels\.com/(?:@|photo/)")
_CREDIT_LIKE = lazy(r"^\s*(?:(?:Bild|Bilder|Foto|Fotos|Photo|Photos|Image|Images|Quelle|Credit)s?\s*:|(?:Photo|Photograph|Foto|Bild|Image)s?\s+(?:by|von)\s)|©|\(c\)", re.IGNORECASE)


def _in_menu(link: etree._Element) -> bool:
    """Whether a link is one item of a menu: among five or more items of its kind, nearly all
    of them nothing but a link, most of those to other places than people (a list of authors'
    links is no menu, nor a post's meta line of author, date and section)."""
    item = link.getparent()
    if item is None or item.tag not in ("li", "dd", "dt") or (container := item.getparent()) is None:
        return False
    items = [c for c in itertools.islice(container, 200) if c.tag == item.tag]
    if len(items) < 5:
        return False
    links = [a for c in items if (a := next(c.iter("a"), None)) is not None and visible_text(a) == visible_text(c)]
    to_people = sum(1 for a in links if _AUTHOR_HREF.search(a.get("href") or ""))
    return len(links) >= 0.8 * len(items) and to_people * 2 < len(links)


# RDFa's schema.org properties, with or without the vocabulary's prefix: <span property="author" typeof="Person">.
_RDFA_AUTHOR = frozenset(("author", "schema:author", "creator", "schema:creator"))
_RDFA_NAME = frozenset(("name", "schema:name"))
_TAG = lazy(r"<[^>]*>")  # a tag written into a value: a lightbox's caption, a CMS's author field
_OWN_HEADERS = frozenset(("last-modified", "content-language"))
_LIST_OF_NAMES = lazy(r",\s*(?:and\s+)?|\s+and\s+")
_ITEMPROP_AUTHOR = frozenset(("author", "creator"))


def _byline_candidate_any(el: etree._Element, lang: str) -> tuple[etree._Element, str] | None:
    get = el.get
    itemprop = get("itemprop")
    # (itemprop may hold more than one property: <span itemprop="author name">; the nonstandard <author> element says it too)
    # (not the site that is also the publisher: <span itemprop="author publisher" itemtype="…/Organization">)
    if get("rel") == "author" or itemprop is not None and not _ITEMPROP_AUTHOR.isdisjoint(props := itemprop.split()) and "publisher" not in props \
            or get("data-hook") == "user-name" \
            or get("property") in _RDFA_AUTHOR and el.tag != "meta" or el.tag == "author":  # Wix marks its bylines with data-hook; RDFa with property
        inner = next((c for c in el.iter() if c.get("itemprop") == "name" or c.get("property") in _RDFA_NAME), None)
        if inner is not None:
            text = squash(inner.get("content") or inner.get("value") or visible_text(inner))
            return (inner, text) if text else None
        text = visible_text(el) or squash(el.get("content") or el.get("value"))
        # (a list of many names is longer: the Herald Sun's seven reporters in one itemprop="author")
        return (el, text) if text and (len(text) <= 100 or len(text) <= 240 and all(len(n) <= 40 for n in _LIST_OF_NAMES.split(text))) else None
    cls = get("class")
    # The BBC's hashed classes: <div data-testid="byline-new">; Haaretz's data-test="authorLink", SCMP's data-qa="AuthorName-Link";
    # and the id of an element that holds only the name, where no class says it (<span id="author-name">Jane Doe</span>; not Page Six's
    # <div id="author-byline"> around the byline and the author's menu).
    testid = get("data-testid") or get("data-component") or get("data-test") or get("data-qa") or (get("id") if not cls and not len(el) else None)
    if testid:
        cls = f"{cls} {testid}" if cls else testid
    if cls and _AUTHOR_WORDS.search(cls.lower()) and (_AUTHOR_CLASS.search(cls) or _HCARD.search(cls) and not _HCARD_ORG.search(cls)) \
            and not _OTHER_AUTHOR.search(cls):
        if _CATEGORY_CLASS.search(cls) or _ROLE_CLASS.search(cls):
            # the byline's category beside the author (WordPress themes' "cb-category cb-byline-element"), or the author's
            # role (The Straits Times' "author-designation": "Middle East Correspondent")
            return None
        text = visible_text(el)
        if el.tag in ("ul", "ol") and 0 < len(el) <= 5:  # <ul class="author"><li>Name</li></ul>
            names = [visible_text(li) for li in el if li.tag == "li" and visible_text(li)]
            return (el, " and ".join(names)) if names and all(len(n) <= 60 for n in names) else None
        if 2 <= len(el) <= 5 and _repeated_items(el):  # Drupal: one <div class="field--item"> per author
            names = [visible_text(c) for c in el]
            links = [next(c.iter("a"), None) for c in el]
            if all(0 < len(n) <= 60 and a is not None and visible_text(a) == n for n, a in zip(names, links)):
                return el, " and ".join(names)  # each item only a link: a name, not "Illustration by …" or a label
        if text and len(text) <= 100 and el.tag not in ("section", "article", "main", "body", "ul", "img", "table"):
            links = [a for a in el.iter("a") if visible_text(a) and _AUTHOR_HREF.search(a.get("href") or "") and not _PLATFORM.search(a.get("href") or "")]
            if links:
                return links[0], " and ".join(visible_text(a) for a in links)
            for inner in el.iterdescendants():  # "By <span>Name</span>" inside a byline that also holds the date
                own = squash(inner.text) if isinstance(inner.tag, str) else ""
                if own and (_BY_LINE.match(own) or own.lower() in ("by", "von", "par", "por") and len(inner)):
                    if own.split()[0].lower() in _OF_PARTICLES and _NAME_BEFORE.search(text[: text.find(own)]):
                        continue  # "Daniel D. <span>Von Hoff</span>": a particle of the surname, not the label
                    said = visible_text(inner)
                    if len(said) <= 80:
                        return inner, said
            return _author_inside(el, text, lang) or _names_beside_roles(el) or (el, text)
        return None
    tag = el.tag
    if tag == "a" and (said := _POSTS_BY.match(get("aria-label") or get("title") or "")) and not _PLATFORM.search(get("href") or ""):
        # a link that says it leads to the author's posts: HEY World's <a aria-label="All posts from David Heinemeier Hansson"
        # href="/dhh"> around the avatar and the name above the title
        return el, said["name"].strip()
    if tag == "a" and (by := _BY_BEFORE.search(before := text_before(el))) and not _MADE_BY.search(before[: by.start()]) \
            and _person_like(text := visible_text(el)) and not _runs_on(el, len(text) + 80) and not _PLATFORM.search(get("href") or ""):
        # a name linked after "by" in a meta line, its link to no author's page: joshua.hu's
        # <span class="post-date">Published on <time>March 4th, 2026</time> by <a href="/about">Joshua Rogers</a></span>
        return el, text
    if tag == "a" and (pictured := _avatar_and_name(el, lang)) is not None:
        # the writer's small picture and name, linked, in the line that dates the story: Obsidian's blog, <a href="https://github.com/lishid">
        # <img alt="Licat" height="30" width="30">Licat</a> <span>on June 5, 2023</span>
        return el, pictured
    if tag == "a" and _AUTHOR_HREF.search(get("href") or "") and not _PLATFORM.search(get("href") or ""):
        text = visible_text(el)
        words = text.split()
        # A name, or a handle in one word; not "patriarchalen Weiblichkeit" linked in the text.
        if text and 1 <= len(words) <= 4 and not _DIGIT.search(text) and (len(words) == 1 or not words[0][:1].islower()):
            paragraph = next((a for a in itertools.islice(el.iterancestors(), 3) if a.tag == "p"), None)
            if paragraph is not None and len(visible_text(paragraph)) > len(text) + 80 or _runs_on(el, len(text) + 80):
                return None  # a link in a paragraph of the text: someone the article names
            if _in_list_of_the_text(el):
                return None  # a list in the text of the people it names ("People mentioned"), some linked to their pages on the site
            if _in_menu(el):
                return None  # Yomiuri's "myニュース" (/member/mynews/) among the site's services
            return el, text
        return None
    if tag == "address":
        text = visible_text(el)
        if _POSTAL.search(text):
            return None  # "Bundeshaus Ost 3003 Bern Schweiz": the office's address, not the author
        return (el, text) if text and len(text) <= 80 else None
    raw = (el.text or "").lstrip(" -–—|·•\u00a0")  # "- Redaktion: …" after the date
    if not raw and len(el) and el[0].tag is etree.Comment:
        raw = _lead_text(el).lstrip(" -–—|·•\u00a0")
    if raw and not len(el) and (inside := _CJK_WRITER_INSIDE.search(raw)) is not None:
        text = squash(raw[inside.start():])  # "来源：新华网 作者：李明": a Chinese meta line's writer, after its date and source
        return (el, text) if len(text) <= 80 else None
    if raw and not len(el) and raw.lstrip()[:1].isdigit():
        m = _DATE_THEN_NAME.match(raw)  # "11.12.2019 - Amelie Loevenich": the meta line's date, then the author
        if m is None or any(_DATED_LINE.match(squash(visible_text(s))) for s in (el.getprevious(), el.getnext()) if s is not None and isinstance(s.tag, str)):
            return None  # one line of a list of dated lines: a concert calendar's "17.11.2022 - Aymz - Grelle Forelle"
        return el, m.group(1)
    if raw.startswith("(") and (m := _KOREAN_DATELINE.match(raw)):
        return el, m["name"].replace("·", ", ")  # "(서울=연합뉴스) 홍길동 기자 = …": Yonhap's dateline names the reporters
    if raw[:1] >= "\uac00" and not len(el) and (m := _KOREAN_REPORTER.fullmatch(raw.strip())):
        return el, m["name"].replace("·", ", ")  # "<span>이용민 기자 | </span>": a Korean name and its role, unmarked (Daejon Ilbo)
    if not raw or raw.lstrip()[:1].lower() not in _BY_INITIALS:
        return None  # what follows needs a text that starts with a byline word
    own = squash(raw)
    if own and _BY_LINE.match(own) or (len(el) and not _BY.sub("", own + " ")):  # "By <span>Name</span>", "Ein Artikel von <strong>"
        text = visible_text(el)
        text = text[max(text.find(own[:20]), 0):]  # from the "By" on: "<span>yas!</span> | By Cara Stiles"
        if len(el) and el[0].tag == "br" and _BY_LINE.match(own) and not _LINE_GOES_ON.match(el[0].tail or ""):
            text = own  # the byline's line, not the next one: "By Jane Doe<br>Reuters" (but "By Jane Doe<br>and John Roe")
        if el.tag in _SUBHEADINGS and not all(_person_like(n) for n in _names_in(text, lang) or ["-"]):
            return None  # a subheading of the text that opens with "Von" ("Von Risiken und Nebenwirkungen"), not a byline
        if len(text) <= 80:
            return el, text
    if lang in _BY_IN and not len(el) and _names_after_own_by(own, lang):
        return el, own  # "Per Joan Puig" on a Catalan page, "de Ion Popescu" on a Romanian one
    label = own.lower().rstrip(": ")
    if label in _AUTHOR_LABEL_WORDS and not len(el) and squash(el.tail):
        tail = squash(el.tail)  # <span>Autor:</span> Fritz Imhof<br>
        if len(tail) <= 60:
            return el, tail
    if label in _LABEL_BEFORE_NAME and not len(el):
        found = _name_after_label(el)  # the name in the next element: "<dt>Text</dt><dd>Jane Doe</dd>", a magazine's credits box
        return found if found is not None and _person_like(found[1]) else None
    if (label in ("by", "von", "par", "por") or label in _AUTHOR_LABEL_WORDS or label in _BY_IN.get(lang, ())) and not len(el):
        parent = el.getparent()  # <strong>von</strong> <span>Name</span>
        text = visible_text(parent) if parent is not None else ""
        said = re.search(rf"\b{re.escape(label)}\b", text, re.IGNORECASE)
        text = text[said.start():] if said else text  # from the label on: "<span>yas!</span> <span>| By </span>…"
        if 0 < len(text) <= 80:
            return parent, text
        return _name_after_label(el)
    return None


def _author_inside(box: etree._Element, text: str, lang: str) -> tuple[etree._Element, str] | None:
    """The part of a byline box whose class says author, when it names everyone the whole box does: Gannett's
    "byline-section" runs the names, the paper and the date together ("Lisa Kaczke and Trevor J. Mitchell Sioux
    Falls Argus Leader Published 10:02 AM EST Nov 19, 2019"), its <span class="author"> says the names alone. A part
    marked as the author in microdata or with rel=author names them first: MSN's "authorinfo" box runs the partner's
    name into the author's ("Tech Insider Alex Perry 1 day ago"), its itemprop=author says "Alex Perry"."""
    # A byline box is small: its first 200 elements are read (a deeply nested page's boxes are not read whole, each of them).
    parts = [d for d in itertools.islice(box.iterdescendants(), 200) if isinstance(d.tag, str)]
    marked = {d for d in parts if d.tag != "meta" and (d.get("itemprop") in ("author", "creator") or d.get("rel") == "author")}
    if marked:
        outer = [d for d in parts if d in marked and not any(a in marked for a in itertools.takewhile(lambda a: a is not box, d.iterancestors()))]
        found = [_byline_candidate_any(d, lang) for d in outer[:5]]
        if found and all(found) and all(_names_in(f[1], lang) for f in found):
            return found[0][0], " and ".join(f[1] for f in found)
    wrappers = 0
    for inner in parts:
        cls = inner.get("class")
        if not cls or not _AUTHOR_WORDS.search(cls.lower()) or not _AUTHOR_CLASS.search(cls) or _OTHER_AUTHOR.search(cls):
            continue
        said = visible_text(inner)
        if not said or len(said) >= len(text):
            wrappers += 1  # a box around the same words: the part may stand inside it
            if wrappers > 8:
                return None
            continue
        named = {normalize(n) for n in _names_in(said, lang)}
        if named and {normalize(n) for n in _names_in(text, lang)} <= named:
            return inner, said
        where_and_when = {d for d in parts if d.tag == "time" or _PLACE_OR_DATE_CLASS.search(d.get("class") or "")}
        rest = visible_text_without(box, {inner, *where_and_when}).strip(" ,|·•–-")
        if named and (not rest or _outlet_alone(rest)):
            # the rest of the box its place and its date: El Mundo's "byline-name", "byline-location", "publishdate"; or the
            # newsroom's name in a part of its own, CNN's "byline__names" and "byline__sub-text" ("CNN")
            return inner, said
        return None  # the first part that says author decides
    return None


_SUBHEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _outlet_alone(text: str) -> bool:
    """Whether a byline box's other part names only a newsroom: one word ("CNN"), an agency, or a paper ("The Canadian Press")."""
    if _LIST_OF_NAMES.search(text):
        return False
    return len(text.split()) == 1 and text[:1].isupper() or bool(_agencies_of(text)) or _PUBLICATION_END.search(" " + text) is not None


# Classes of a byline box's parts that say where and when, not who: "byline-location", "publishdate", "dateline".
_PLACE_OR_DATE_CLASS = lazy(r"location|place|city|dateline|date|time|publish|updated", re.IGNORECASE)
# What a byline's next line opens with when it goes on with more names: "and", "&", a comma.
_LINE_GOES_ON = lazy(r"\s*(?:,|&|(?:and|und|et|y|e|en|och|og|i|a)\s)", re.IGNORECASE)


def _names_beside_roles(el: etree._Element) -> tuple[etree._Element, str] | None:
    """The names of a byline that gives each person's role or desk in an element of its own, right after the
    name and with nothing between them, not even a space (the markup a script renders): the BBC's "Nick
    Beake" above "Europe correspondent", Postlight's "Gina Trapani" beside "CEO" (read whole, the texts run
    together: "Gina TrapaniCEO"). Parts a space apart are one part ("Bradon R." "McDonald"); text between
    them ("Havell Markus, Jun Zhao") reads right whole. None when the parts are not names and roles by turns:
    a label, a list of tags, a date."""
    leaves: list[str] = []
    lines: set[int] = set()  # the parts that open a line of their own, after a <br>
    glued = True  # whether the next text starts a part of its own
    for event, d in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if not isinstance(d.tag, str):
                continue
            if d.tag == "br" and _LINE_GOES_ON.match(d.tail or ""):
                glued = False  # a byline that goes on after its line break ("By Jane Doe<br>and John Roe"): one line of names
                continue
            if len(d):
                between = d.text
            else:
                t = visible_text(d)
                if t:
                    if glued or not leaves:
                        leaves.append(t)
                    else:
                        leaves[-1] += " " + t
                    glued = True
                continue
        else:
            if d is el:
                break
            between = d.tail
        if between:
            if between.strip():
                # Text of its own glued to the parts beside it is a part too (NOS: "Jan Jansen<span>verslaggever</span>").
                if between != between.rstrip() or leaves and (between != between.lstrip() or not glued):
                    return None
                if d.tag == "br":
                    lines.add(len(leaves))
                leaves.append(squash(between))
                glued = True
            else:
                glued = False
    if not 2 <= len(leaves) <= 12:
        return None
    names = []
    i = 0
    while i < len(leaves):
        name = leaves[i]
        if not all(_person_like(p) for p in _NAME_SPLIT.split(name)) and not (i == 0 and _spelled_out_agency(name)):
            return None  # (an agency's name or code stands for the writer: The Economic Times' <span class="ag">PTI</span><time>…)
        names.append(name)
        role = leaves[i + 1] if i + 1 < len(leaves) else None
        if role is not None and not all(_person_like(p) for p in _NAME_SPLIT.split(role)):
            if _person_like(f"{name} {role}") and i + 1 not in lines:
                return None  # the rest of the name (not on a line of its own: "By Jane Doe<br>Reuters")
            i += 1
        i += 1
    return el, " and ".join(names)


# A capitalized word (a given name, an initial) right before: what follows continues the name.
_NAME_BEFORE = lazy(r"[A-ZÀ-Þ][\w'’-]*\.?\s*$")


def _lead_text(el: etree._Element) -> str:
    """The element's text before its first child element, across the empty comments React writes
    between text nodes ("<div> <!-- -->Written by <a>…")."""
    text = el.text or ""
    for child in el:
        if isinstance(child.tag, str):
            break
        text += child.tail or ""
    return text


def _repeated_items(el: etree._Element) -> bool:
    """Children that are blocks of one kind, the same tag and class, with no text before or between them."""
    first = el[0]
    return (first.tag in ("div", "p", "li") and not squash(el.text)
            and all(c.tag == first.tag and c.get("class") == first.get("class") and not squash(c.tail) for c in el))


def _name_after_label(label: etree._Element) -> tuple[etree._Element, str] | None:
    """The name in the element right after a "By" label whose byline also holds long texts (an author's
    bio in a tooltip or a menu): the first text in that element (Dotdash Meredith's “<span>By</span>
    <div data-tooltip=…><a>Jane Doe</a><div>bio…</div></div>”, the WSJ's author menu)."""
    after = label.getnext()
    if after is None or not isinstance(after.tag, str):
        return None
    name_el = next((el for el in after.iter() if isinstance(el.tag, str) and squash(el.text)), None)
    if name_el is None:
        return None
    text = visible_text(name_el)
    return (name_el, text) if 0 < len(text) <= 60 else None


# Labels of the writer's name in an element of its own, the name in the next one (a credits box's "Text", "Interview", "Words").
_LABEL_BEFORE_NAME = frozenset(("text", "texte", "texto", "testo", "tekst", "words", "written by", "interview", "story", "reported by", "reporter"))
_AUTHOR_LABELS = frozenset(("author", "authors", "autor", "autorin", "autoren", "verfasser", "verfasserin", "auteur", "auteure", "autore"))
# A label alone in its element, the name after it: "<strong>Autor:</strong> <span>…", Kompas's "<h6>Penulis</h6><div><a>…" (Indonesian
# and Malay "writer"), "Writer", Turkish "Yazar".
_AUTHOR_LABEL_WORDS = frozenset(("autor", "author", "auteur", "autorin", "verfasser", "writer", "penulis", "yazar"))


def _runs_on(el: etree._Element, limit: int) -> bool:
    """Whether more than ``limit`` characters of text flow inline around el in its block (a link in a
    sentence, not in an author box whose bio is a paragraph of its own). Stops reading at the limit."""
    block = next((a for a in el.iterancestors() if a.tag not in INLINE), None)
    if block is None:
        return False
    size = 0
    stack: list[etree._Element | str] = [block]  # iterative: inline elements may nest deeper than Python recurses
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            text = item
        else:
            text = item.text or ""
            for child in reversed(item):
                stack.append(child.tail or "")
                if isinstance(child.tag, str) and child.tag in INLINE:
                    stack.append(child)
        words = text.split()
        if words:
            size += len(" ".join(words)) + 1  # squashed, with the space that joins it to the next part
            if size > limit + 1:
                return True
    return False


# A Korean reporter's byline without markup: the name (or names), then the role, perhaps the separator before the date.
_KOREAN_REPORTER = lazy(r"(?P<name>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:선임|수석|객원)?(?:기자|특파원)\s*[|·/]?")
# Korean agency copy opens with "(city=agency) name 기자 =": "(서울=연합뉴스) 홍길동 기자 = 정부는 …".
_KOREAN_DATELINE = lazy(r"\((?P<city>[^=()]{1,12})=(?P<agency>[^=()]{1,12})\)\s*(?P<name>[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=")
_DATED_LINE = lazy(r"\d{1,2}\.\d{1,2}\.\d{2,4}\s*[-–|·]")
_DATE_THEN_NAME = lazy(r"\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:\|\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?\s*)?[-–|·]\s*([A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){1,3})\s*$")
# Words that open a byline in one language only: Catalan "Per" is a Scandinavian first name elsewhere, and
# Romanian "de" a particle of surnames.
_BY_IN = {"ca": ("per",), "ro": ("de",), "el": ("του", "της", "των"),  # Greek: "Του Γιώργου Παπαδόπουλου", the name's genitive
          # Albanian "Nga", Tagalog "Ni", Swahili "Na", Vietnamese "Bởi", Icelandic "Eftir", Irish "Le", Welsh "Gan": words that
          # are a name ("Ni Hao", "Nga") or a common word elsewhere, so read as "by" only in their language and before names only
          "sq": ("nga",), "tl": ("ni", "nina"), "fil": ("ni", "nina"), "sw": ("na",), "vi": ("bởi",), "is": ("eftir",), "ga": ("le",),
          "cy": ("gan",)}
# What may join the names after them: "Per Joan Puig i Maria Vila", "de Ion Popescu și Maria Ionescu", "Της Μαρίας … και του …".
_JOINING = frozenset(("i", "și", "şi", "de", "del", "la", "y", "e", "και", "του", "της", "dhe", "dela", "delos", "at"))  # (Albanian "dhe", Tagalog "at", "dela")


def _names_after_own_by(text: str, lang: str) -> str | None:
    """The names after the byline word of the page's language ("Per Joan Puig i Maria Vila": "Joan Puig i Maria Vila"),
    when only names follow it: not "Per això el govern…", nor "De Crăciun, guvernul…"."""
    word, _, rest = text.partition(" ")
    words = rest.replace(",", " ").split()
    if word.lower() not in _BY_IN.get(lang, ()) or not 2 <= len(words) <= 12 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return None
    return rest.strip() if all(w[:1].isupper() or w in _JOINING for w in words) else None


# The first letters of by, von, par, por, di, door, av, af, autor, author, auteur, verfasser, ein artikel von,
# written by, escrito por, scritto da, écrit par, text, redaktion.
_BY_INITIALS = frozenset("bvpdafewsétrgkoyатnlmcuiავՀ作记記筆文取بكنलמγστ")  # and "oleh", "yazan", Cyrillic "автор", "текст", Japanese "文：", Arabic, Persian, Hindi, Hebrew, Greek


def _authors_article(el: etree._Element, headline: etree._Element | None) -> bool:
    """Marked as the author (rel=author, itemprop=author, inside an <address>) in the <article> that holds
    the headline, or beside the headline, two levels up from it: this names the article's author even in an
    <aside> or a <nav> (The Guardian's byline column, NDTV's "pst-by" nav)."""
    if headline is None:
        return False
    marked = el.get("rel") == "author" or el.get("itemprop") in ("author", "creator")
    scope = _article_of(headline)
    if scope is None:  # the headline's container and the one around it ("sp-ttl-wrp" in "sp-hd")
        scope = next(itertools.islice(headline.iterancestors(), 1, 2), headline.getparent())
    for a in el.iterancestors():
        if a.tag == "address":
            marked = True
        if a is scope:
            return marked
        if a.tag == "article":
            return False  # another article: a teaser
    return False


def _one_section(value: str) -> str | None:
    """The section a stated value names: the first of a list of categories that WordPress themes join with commas
    ("Corporate,Healthcare,Posts") or bars, none when the value is a sentence (Spox's articleSection holds the description)."""
    if value.startswith("/"):  # a path: "/world/middle_east" (the Washington Post)
        value = next((step for step in value.split("/") if step), "")
    parts = [p.strip() for p in re.split(r",| \| ", value)]  # (or with bars between: "Schweiz | Praxis | Video")
    if len(parts) > 1 and all(0 < len(p) <= 40 for p in parts):
        value = parts[0]
    words = value.split()
    if len(words) > 1 and all(_SLUG.fullmatch(w) for w in words) and any("-" in w or "_" in w for w in words):
        value = words[0]  # a list of the CMS's slugs (Dainik Jagran: "uttar-pradesh allahabad-city news"): the first
    if normalize(value.replace("-", " ")) in _HOME_WORDS:  # "Homepage", "front-page": where the story is teased, not its section
        return None
    if normalize(value) in _NO_SECTION or _WEB_ADDRESS.match(value):
        return None  # a template's placeholder ("tags" at Condé Nast, "All"), or the site's address (Gizmodo's "gizmodo.com")
    return value if 0 < len(value) <= 60 else None


_SLUG = lazy(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_SECTION_WORDS = frozenset(("news", "magazine", "blog", "sport", "sports", "opinion", "politics", "business", "tech", "technology", "science",
                            "culture", "world", "local", "style", "health", "travel", "food", "nachrichten", "politik", "wirtschaft", "kultur"))
_NO_SECTION = frozenset(("tags", "tag", "all", "articles", "article", "artikel", "archiv", "archive", "posts", "post", "stories", "content",
                         "default", "none", "null", "nil", "nan", "undefined", "section", "[object object]"))


def _same_publisher(name: str, publisher: str | None) -> bool:
    """Whether a name is the publisher's, its domain aside ("La República" and "LaRepública.pe")."""
    if not publisher:
        return False
    return name == publisher or letters(name) == letters(_DOMAIN_SUFFIX.sub("", publisher)) != ""


_DOMAIN_SUFFIX = lazy(r"\.(?:com|net|org|info|[a-z]{2})(?:\.[a-z]{2})?\s*$", re.IGNORECASE)


def _article_of(el: etree._Element) -> etree._Element | None:
    """The nearest <article> around an element, if any."""
    return next((a for a in el.iterancestors() if a.tag == "article"), None)


def _near(a: etree._Element, b: etree._Element) -> bool:
    """Within the same small container: three levels up from either."""
    ups = {a, *list(a.iterancestors())[:3]}
    return any(x in ups for x in [b, *list(b.iterancestors())[:3]])


def _boxed(page: Page, el: etree._Element) -> bool:
    """In a teaser, related box, comment, sidebar widget or navigation within the page (not the article itself)."""
    return page.walk_up(el.getparent(), "boxed", _box_answer)


def _box_answer(node: etree._Element, own: bool = False) -> bool | None:
    """Whether node is a box apart from the article (None: ask its parent). With ``own``, share bars
    and asides whose class says meta count as the article's own, and so does a <nav> that is the meta line."""
    if node.tag in ("article", "main", "body", "html"):
        return False
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


def _parts(url: dict[str, Any] | None):
    """The parts of the page's stated address; None when there is none or it does not parse ("https://[::1")."""
    if not url:
        return None
    try:
        return urlparse(url["text"])
    except ValueError:
        return None


def extractor(page: Page, profile: dict[str, str] | None = None) -> Extractor:
    """The page's extractor for this profile, shared by every rule that needs the model."""
    key = "extractor:" + repr(sorted((profile or {}).items()))
    return page.memo(key, lambda p: Extractor(p, profile))


def model(page: Page, profile: dict[str, str] | None = None) -> dict[str, Any]:
    """The model with lazy sources, for rules; see extract() for plain JSON."""
    found = extractor(page, profile)
    if "_model" not in found.__dict__:
        found._model = found.model()
    return found._model


def extract(page: Page, profile: dict[str, str] | None = None) -> dict[str, Any]:
    """The article model as JSON data, sources with line, column and selector."""
    return materialize(model(page, profile))
