"""The section: a kicker above the headline, the category, the breadcrumb trail, or the section metadata names."""

from __future__ import annotations

import html
import itertools
import re
from typing import Any
from urllib.parse import urlparse

from lxml import etree

from ..content import content_root, is_navigation
from ..lazyre import lazy
from ..structured import _objects, _types, json_ld, text_value
from ..text import normalize, squash, visible_text, visible_text_without
from .source import Source, _jsonld_source, _meta_source, _value, source_of
from .headline import _WEB_ADDRESS


# The first step of a breadcrumb trail, the home page, in many languages.
_HOME_WORDS = frozenset(("home", "homepage", "front page", "frontpage", "startseite", "start", "accueil", "inicio", "início", "portada", "home page", "главная", "首页", "ホーム",
                         "hjem", "etusivu", "strona główna", "úvod", "titelseite"))

# WordPress's default category, which says the post has none.
_NO_CATEGORY = frozenset(("uncategorized", "uncategorised", "allgemein", "non classé", "sin categoría", "senza categoria", "sem categoria",
                          "geen categorie", "okategoriserade", "bez kategorii", "allgemeines", "general", "blog"))
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
_BREADCRUMBS = etree.XPath("descendant-or-self::*[contains(@itemtype, 'readcrumb') or contains(@aria-label, 'readcrumb')]")


def _same_page(a: str, b: str) -> bool:
    """Two addresses of the same page, scheme, host and a trailing slash aside."""
    try:
        pa, pb = urlparse(a), urlparse(b)
    except ValueError:  # an address that does not parse ("https://[::1"): only the same words are the same page
        return a == b
    return pa.path.rstrip("/") == pb.path.rstrip("/") and (not pa.netloc or not pb.netloc or pa.netloc == pb.netloc)


def _home_address(url: str) -> bool:
    """An address of a site's home page: no path, or "/"."""
    try:
        return urlparse(url).path in ("", "/")
    except ValueError:
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


def _article_of(el: etree._Element) -> etree._Element | None:
    """The nearest <article> around an element, if any."""
    return next((a for a in el.iterancestors() if a.tag == "article"), None)


class SectionFields:
    """The section field."""

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
        for i in [*page.rendered_from(at - 1, 25, -1), *page.rendered_from(at + 1, 15)]:  # (not counting scripts)
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

        def items_of(el: etree._Element, enough: int = 0) -> list[etree._Element]:
            """The trail's steps: its outermost list items (not a dropdown's list inside a step, nor what a step around the
            headline holds after it: spektrum.de's h1 is the trail's last <li>), else its links; with ``enough``, no more
            than that many. (One walk that does not enter the items: a trail of lists nested thousands deep is read once.)"""
            if next(el.iter("li"), None) is None:
                return list(el.iter("a"))
            items: list[etree._Element] = []
            stack = [el]
            while stack and not (enough and len(items) >= enough):
                node = stack.pop()
                if node.tag == "li" and node is not el:
                    items.append(node)
                else:
                    stack.extend(reversed([child for child in node if isinstance(child.tag, str)]))
            return items or [a for a in el.iter("a")]

        def trail_in(i: int) -> etree._Element:
            """The trail's list in marked[i], a box marked as the breadcrumb that holds it, and beside it the page's
            subpages (Qualisys's) or a button back to an overview (ebrosia's): the first list marked so inside it (those
            inside come first among the marked elements after it). The box itself when it is a list, or holds none."""
            el = marked[i]
            if el.tag not in ("ol", "ul"):
                for inner in itertools.islice(marked, i + 1, i + 21):  # (a few, a few levels in: boxes nested thousands deep are read once)
                    if not any(box is el for box in itertools.islice(inner.iterancestors(), 8)):
                        break
                    if inner.tag in ("ol", "ul") and len(items_of(inner, 2)) >= 2:
                        return inner
            return el

        for i, el in enumerate(marked):
            inner = marked[i + 1] if i + 1 < len(marked) else None
            if inner is not None and el in set(inner.iterancestors()) and len(items_of(inner, 2)) >= 2:
                continue  # a box around the breadcrumb (and the share buttons beside it): the breadcrumb itself
            items = items_of(trail_in(i))
            steps = []
            for item in items[:12]:
                link = item if item.tag == "a" else next(item.iter("a"), None)
                menus = set(item.iterdescendants("ul", "ol"))
                if not menus:
                    said = visible_text(item)
                else:  # a step with a dropdown of its subsections (SAC's, bmbf's): its name is its own link's
                    link = next((a for a in item.iter("a") if not menus.intersection(a.iterancestors()) and visible_text(a)), None)
                    said = visible_text(link) if link is not None else visible_text_without(item, menus)
                steps.append((said, link.get("href") if link is not None else None, item))
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
        if steps and (normalize(steps[0][0]) in _HOME_WORDS or self._is_site(steps[0][0]) or steps[0][1] and _home_address(steps[0][1])):
            steps = steps[1:]
        if not steps:
            return None
        step = steps[-1]
        if normalize(step[0]) in _NO_SECTION:
            return None  # "Home › Articles › …": a list of all the stories, no section
        return step if 2 <= len(step[0]) <= 40 and len(step[0].split()) <= 5 else None  # not a lexicon's letter ("E")
