"""Where the article is: the main landmark, the article element, its body.

Several rule families and the article model ask the same questions; the
answers are computed once per page and shared.
"""

from __future__ import annotations

import json
import re
from itertools import islice

from lxml import etree

from .lazyre import lazy
from .page import Page
from .select import select
from .text import visible_text

_BODY_CLASSES = ("article-body", "article__body", "articleBody", "article-content", "entry-content", "post-content", "story-body", "rich-text")


_BOX_TOKEN = lazy(
    r"^(?:(?!no[-_])[a-z]{1,2}[-_])?(?:related|teaser|recommend|comment|comments|sidebar|"
    r"widget(?![-_](?:image|photo|img|text|media|figure|gallery|video|content|body)\b)|promo|more-stories|trending|most-read|most-popular|recirc|"
    r"read-more|newsletter|share|social|breadcrumb|more-from|more-news|news-more|more-articles|weitere|"
    r"donat(?:e|ion)|support[-_]?(?:us|pay|box|banner|cta)(?![a-z])|cta(?![a-z]))", re.IGNORECASE,
)


# … or as a modifier of Drupal's and other BEM classes: "paragraph--type--recommended-articles", "field--name-field-related-articles",
# "node--view-mode-teaser" (a teaser's display mode; not the article's own "article--teaser-image", "field--name-field-teaser-image",
# its lead photo).
_BOX_MODIFIER = lazy(r"--(?:type--|name-field-)?(?:related|recommend)|--view-mode-teaser", re.IGNORECASE)


_OWN_TOKEN = lazy(r"byline|author|contributor|date|meta|header", re.IGNORECASE)

# A class that names the view of a single story: TYPO3 tt_news's "newsSingle" and "news-single-item", "article-detail", "post-single".
_SINGLE_VIEW = lazy(r"(?:news|article|post)[-_]?(?:single|detail)(?:[-_](?:item|view|page))?$", re.IGNORECASE)


def names_box(el: etree._Element, layout: bool = True, share: bool = True) -> bool:
    """An element whose class or id names a teaser, related, comments or share box, a sidebar, a widget
    or a call to action: KATAPULT's "cta-image" of its latest issue ("ShareByline" and "share-date" name the
    article's own meta line; "no-share" and "no-sidebar" say there is none, Folha's "widget-image" is the
    article's photo). Without ``layout``, sidebars and widgets do not count: some sites keep the article's
    date there. Without ``share``, share and social boxes do not count: some sites put the byline in the
    share bar."""
    tokens = ((el.get("class") or "") + " " + (el.get("id") or "")).split()
    if any(_SINGLE_VIEW.match(token) for token in tokens):
        return False  # the story's own view, whatever its layout is called: TYPO3's <div class="teaserTyp3 newsSingle">
    for token in tokens:
        m = _BOX_TOKEN.match(token) or (_BOX_MODIFIER.search(token) if "--" in token else None)
        if m is None:
            continue
        word = m.group().lower()
        if not layout and ("sidebar" in word or "widget" in word):
            continue
        if not share and ("share" in word or "social" in word):
            continue
        if "comment" in word or not _OWN_TOKEN.search(token):
            return True
    return False


# The title of a box of other stories, as its heading says it: "Suggested reads" (McSweeney's box, named by no class),
# "Related stories", "Lesen Sie auch", "À lire aussi", "Te puede interesar", "Leggi anche", "Leia também", "Lees ook".
_OTHER_STORIES_TITLE = lazy(
    r"(?:related|suggested|recommended)(?:\s+(?:stories|articles|news|posts|reads?|reading|links|coverage|content|videos?|for\s+you))?"
    r"|read\s+(?:more|next|also|this\s+next)|more\s+(?:stories|news|articles|to\s+read|like\s+this|on\s+this\s+(?:story|topic))"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|also\s+read|most\s+(?:read|popular|viewed|shared)"
    r"|top\s+stories|recently|recent\s+(?:stories|posts|articles)|latest(?:\s+(?:news|stories|articles|posts))?"
    r"|(?:most\s+)?popular(?:\s+(?:stories|posts|now))?|trending(?:\s+now)?|what\s+to\s+read\s+next"
    r"|lesen\s+sie\s+auch|auch\s+interessant|das\s+k[öo]nnte\s+sie\s+(?:auch\s+)?interessieren"
    r"|mehr\s+zum\s+thema|passend\s+zum\s+thema|weitere\s+(?:artikel|beitr[äa]ge|nachrichten|meldungen)|meistgelesen|(?:verwandte|ähnliche)\s+artikel"
    r"|(?:[àa]\s+)?lire\s+aussi|[àa]\s+lire\s+[ée]galement|sur\s+le\s+m[êe]me\s+sujet|articles\s+similaires|les\s+plus\s+lus"
    r"|le[ae]\s+tambi[ée]n|(?:tambi[ée]n\s+)?te\s+puede\s+interesar|noticias\s+relacionadas|lo\s+m[áa]s\s+le[íi]do"
    r"|leggi\s+anche|potrebbe\s+interessarti|ti\s+potrebbe\s+interessare|articoli\s+correlati|i\s+pi[ùu]\s+letti"
    r"|leia\s+tamb[ée]m|veja\s+tamb[ée]m|not[íi]cias\s+relacionadas|mais\s+lidas|lees\s+ook|meest\s+gelezen|gerelateerde\s+artikelen",
    re.IGNORECASE,
)
_BOX_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def titled_other_stories(el: etree._Element) -> bool:
    """A box whose first element is a heading that titles it as other stories ("Suggested reads", "Lesen Sie auch")."""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first.tag not in _BOX_HEADINGS:
        return False
    words = " ".join("".join(first.itertext()).split()).rstrip(" :.…»›>")
    return len(words) <= 40 and _OTHER_STORIES_TITLE.fullmatch(words) is not None


# A navigation or menu by its class or id: "nav", "main-nav", "sub-menu", "currentNav" (not "news-nav-buttons",
# which may hold the article's own byline).
_NAV_NAME = lazy(r"(?:^|\s)(?:[a-z]+[-_])?(?:nav|navbar|navigation|menu)(?:$|\s)|[a-z](?:Nav|Navigation|Menu)(?:$|\s)")


def is_navigation(el: etree._Element) -> bool:
    """A navigation or menu: <nav> or <menu>, its role, or a class or id that names one."""
    return (el.tag in ("nav", "menu") or el.get("role") in ("navigation", "menu", "menubar")
            or bool(_NAV_NAME.search((el.get("class") or "") + " " + (el.get("id") or ""))))


def names_meta(el: etree._Element) -> bool:
    """An element whose class or id names the article's own meta line ("meta", "entry-meta", "byline", "dateline")."""
    return bool(_OWN_TOKEN.search((el.get("class") or "") + " " + (el.get("id") or "")))


def mains(page: Page) -> list[etree._Element]:
    """Visible main landmarks: <main> and role="main" (not in a <template> or a <noscript>, never rendered)."""
    def find(p: Page):
        found = set(p.by_tag("main")) | set(p.with_role("main"))
        return [el for el in p.in_order(found) if not p.is_hidden(el) and el not in p.inert]

    return page.memo("mains", find)


# Class or id tokens that start with these words: consent banners, dialogs, paywalls' prompts. Not a state of the
# article ("modal-enabled"), Drupal's wrapper of the whole page ("dialog-off-canvas-main-canvas"), nor the article's
# text behind the paywall, which Google's markup for paywalled content names "paywall" (the Los Angeles Times).
_CHROME = lazy(r"(?:^|\s)(?:cookie|consent|gdpr|privacy-?(?:banner|center)|modal(?![-_](?:enabled|open|on)\b)|dialog(?!-off-canvas)|popup|newsletter"
               r"|paywall[-_]?(?:modal|overlay|prompt|popup|dialog|banner|message|offer|gate|notice|cta|subscribe))", re.IGNORECASE)


def _in_chrome(el: etree._Element) -> bool:
    """In navigation, a dialog or a cookie banner: never the article's headline."""
    for a in el.iterancestors():
        if a.tag in ("body", "html"):
            break
        role = a.get("role") or ""
        if a.tag in ("nav", "dialog") or role in ("navigation", "dialog", "alertdialog"):
            return True
        if _CHROME.search((a.get("class") or "") + " " + (a.get("id") or "")):
            return True
    return False


# A consent banner's class or id: what the site asks of its readers, never what its story says.
_CONSENT = lazy(r"(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp)(?:$|[\s_-])|(?:^|\s)privacy-?(?:banner|center|notice)", re.IGNORECASE)


def is_consent(el: etree._Element) -> bool:
    """A cookie or consent banner, or an alert dialog, by its class, id or role (not a modal that shows the story itself,
    as Yahoo's does, nor a forum's popup menu of its members)."""
    return (el.get("role") or "") == "alertdialog" or bool(_CONSENT.search((el.get("class") or "") + " " + (el.get("id") or "")))


# A box shown only on paper, by its class: its own ("print-header", "print-only", "u-only-print") or a framework's
# (Bootstrap's "visible-print-block", "d-none d-print-block"; Foundation's "show-for-print").
_PRINT_ONLY = lazy(r"(?:^|[\s_-])(?:print-?only|only-?print|print-?header|print-?footer)(?:$|\s)|(?:^|\s)(?:visible-print(?:-[\w-]+)?|show-for-print)(?:$|\s)",
                   re.IGNORECASE)


def is_print_only(el: etree._Element) -> bool:
    """A box a template shows only when the page is printed, by its class: the printed page's header with the day it was
    printed ("FIT FOR FUN — 02.01.23 09:51"), the print's copyright line. The site's style sheets, which artlint does not
    read, hide it on screens."""
    said = el.get("class")
    if not said or "print" not in said:
        return False
    return bool(_PRINT_ONLY.search(said)) or "d-none" in said.split() and any(t.startswith("d-print-") for t in said.split())


def in_content(el: etree._Element) -> bool:
    """Inside an article or main, and not in an aside there (a related story's <article>)."""
    ancestors = list(el.iterancestors())
    return any(a.tag in ("article", "main") or a.get("role") == "main" for a in ancestors) and not any(a.tag == "aside" for a in ancestors)


def in_template(page: Page, el: etree._Element) -> bool:
    """Inside a <template>, which browsers never render: a script's card or dialog to fill (<template><article><h1>)."""
    return el in page.inert and any(a.tag == "template" for a in el.iterancestors())  # (inert: in a <noscript> or a <template>)


def headline_h1(page: Page) -> etree._Element | None:
    """The article's h1: inside an article or main when the logo is an h1 too (not a teaser's <article> in an
    aside: El Nuevo Día's related stories), else the first that says something (not a logo's image alone); never
    one in a dialog or the navigation, nor an empty one a script fills (HBL's <h1></h1> in the header's box for a
    featured image) where another says something."""
    def find(p: Page):
        h1s = [h for h in p.headings if h.tag == "h1" and not p.is_hidden(h) and not _in_chrome(h) and not in_template(p, h)]
        h1s = [h for h in h1s if len(h) or (h.text or "").strip()] or h1s
        # (outside an article or main: not the logo's <h1><a><img alt="dongA.com"></a></h1> above the article's, Dong-A Ilbo)
        found = next((h for h in h1s if in_content(h)), None)
        return found if found is not None else next((h for h in h1s if visible_text(h)), h1s[0] if h1s else None)

    return page.memo("headline_h1", find)


_COMMENTS = lazy(r"(?:^|[\s_-])comments?(?:$|[\s_-])|(?:^|\s)(?:disqus|respond)(?:$|\s)", re.IGNORECASE)


def _card_elsewhere(art: etree._Element) -> bool:
    """An <article> that is another story's card or a reader's comment: in a menu or an aside (a mega menu's story of the
    day, <nav>…<article>; El Nuevo Día's related stories, <aside><article>), or named a comment, or in a box so named
    (WordPress's <section id="comments">…<article class="comment-body">; not by a page-wide class of the body's,
    "single-post comments-open")."""
    for x in (art, *art.iterancestors()):
        if x is not art and (x.tag in ("nav", "aside") or is_navigation(x)) \
                or x.tag not in ("body", "html") and _COMMENTS.search((x.get("class") or "") + " " + (x.get("id") or "")):
            return True
    return False


def article(page: Page) -> etree._Element | None:
    """The article element: the one holding the headline, else the one with the most text; never a story's card in a
    menu or an aside, nor, when the longest is one short card among others, any of them (the content is found as on a
    page without <article>)."""
    def find(p: Page):
        articles = [a for a in p.by_tag("article") if not p.is_hidden(a) and not in_template(p, a)]
        if not articles:
            return None
        h1 = headline_h1(p)
        if h1 is not None:
            holding = [a for a in articles if a in set(h1.iterancestors())]
            if holding:
                return holding[-1]  # the outermost article that holds the h1
        articles = [a for a in articles if not _card_elsewhere(a)]
        if not articles:
            return None
        size, longest = max(((len("".join(a.itertext())), a) for a in articles), key=lambda t: t[0])
        if size < 5000 and len(squash_text(longest)) < 500:  # (the raw text's length first: squashing a long text costs)
            column = page.memo("headline_column", _headline_column) if h1 is not None else None
            if column is not None:
                return column  # a teaser's card beside a headline that stands in no <article>: the headline's column
            if len(articles) > 1:
                return None  # cards of other stories in a list (The New York Times' <ol><li><article>)
        return longest

    return page.memo("article", find)


def squash_text(el: etree._Element) -> str:
    """All the text in an element, whitespace collapsed (scripts' and hidden text too: a cheap measure of size)."""
    return " ".join("".join(el.itertext()).split())


def content_root(page: Page, selector: str | None = None) -> etree._Element | None:
    """The main content: a configured selector, else the article, else main."""
    if selector:
        found = select(page.root, selector)
        return found[0] if found else None
    art = article(page)
    if art is not None:
        return art
    found = mains(page)
    if found:
        return found[0]
    column = page.memo("headline_column", _headline_column)
    if column is None:
        column = page.memo("headline_column_loose", lambda p: _headline_column(p, loose=True))
    if column is None:
        column = page.memo("microdata_article", _microdata_article)
    if column is None:
        column = page.memo("titled_column", _titled_column)
    return column if column is not None else page.memo("densest_text", _densest_text)


def _titled_column(page: Page) -> etree._Element | None:
    """On a page without <article>, <main> or an h1: the column of the heading that says the title the metadata gives
    (og:title, twitter:title), as an h1's would be (Die Weltwoche's <h2> in its "teaser-body")."""
    h = titled_heading(page)
    if h is None:
        return None
    column = _headline_column(page, start=h)
    return column if column is not None else _headline_column(page, loose=True, start=h)


def titled_heading(page: Page) -> etree._Element | None:
    """On a page without an h1: the h2 or h3 that says the title the metadata gives (og:title, twitter:title), the
    headline's heading (Die Weltwoche's, zaol.hu's <h2>)."""
    def find(p: Page):
        if headline_h1(p) is not None:
            return None
        titles = {" ".join(p.meta_said(key).split()).casefold() for key in ("og:title", "twitter:title")} - {""}
        if not titles:
            return None
        return next((h for h in p.headings if h.tag in ("h2", "h3") and squash_text(h).casefold() in titles and not p.is_hidden(h)
                     and not _in_chrome(h)), None)

    return page.memo("titled_heading", find)


# An Article item's type in microdata: "http://schema.org/Article", "https://schema.org/NewsArticle", "BlogPosting".
_ARTICLE_ITEMTYPE = lazy(r"schema\.org/(?:\w*Article|BlogPosting)\b")


def _microdata_article(page: Page) -> etree._Element | None:
    """On a page without <article>, <main> or an h1 (NEWS.am's headline is a <div itemprop="name">): the
    Article item of microdata that holds the articleBody, else the one with the most text if it runs to
    500 characters (not a teaser's card)."""
    items = [el for el in page.elements if el.get("itemscope") is not None and _ARTICLE_ITEMTYPE.search(el.get("itemtype") or "")
             and el.tag not in ("html", "body") and not page.is_hidden(el)]
    if not items:
        return None
    found = set(items)
    for body in page.with_itemprop("articleBody"):
        holder = next((a for a in body.iterancestors() if a in found), None)
        if holder is not None:
            return holder
    size, longest = max(((len(squash_text(el)), el) for el in items), key=lambda t: t[0])
    return longest if size >= 500 else None


def _headline_column(page: Page, loose: bool = False, start: etree._Element | None = None) -> etree._Element | None:
    """On a page without <article> or <main> (older templates): the nearest container of the
    h1 that also holds the running text, three paragraphs or more; never the whole body. With
    ``loose`` (when there is no such container), text in two paragraphs or in lines broken with
    <br> counts too (The Times of India's divs, a short report) when it runs to 400 characters
    beside the headline's and the container is not nearly all of the page. When the first h1 is the logo's in the page
    header, whose containers hold no text up to the body (CNN Arabic's), the next h1 that has such a container is the
    article's. With ``start``, the column of that heading alone."""
    first = start if start is not None else headline_h1(page)
    if first is None:
        return None
    body = page.root.find("body")
    whole = None
    h1s = [first] if start is not None else [first, *(h for h in page.headings if h.tag == "h1" and h is not first and page.order[h] > page.order[first]
                                                      and not page.is_hidden(h) and not _in_chrome(h))][:4]
    for h1 in h1s:
        for a in h1.iterancestors():
            if a.tag in ("body", "html"):
                break
            paragraphs = [p for p in a.iter("p") if (p.text or "").strip() or len(p)]
            if len(paragraphs) >= 3 and sum(len(squash_text(p)) for p in paragraphs) >= 400:  # (however the source is indented)
                return a
            if loose and (len(paragraphs) >= 2 or next(islice(a.iter("br"), 1, None), None) is not None):
                said = _shown_length(a)
                if said - _shown_length(h1) >= 400:
                    if whole is None:
                        whole = _shown_length(body) if body is not None else said
                    if said <= 0.9 * whole:
                        return a
                    break
    return None


_CJK_CHARS = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def _densest_text(page: Page) -> etree._Element | None:
    """Last, on a page whose headline stands apart from the text in a header block (Xinhua's <div class="head-line"><h1>
    above <div id="detail"><p>…): the box that holds the most running text in paragraphs of its own, two or more and 400
    characters, outside navigation, boxes, asides and footers."""
    sizes: dict[etree._Element, list[int]] = {}
    for p in page.by_tag("p"):
        parent = p.getparent()
        if parent is None or parent.tag in ("body", "html"):
            continue
        text = squash_text(p)
        said = len(text) + len(_CJK_CHARS.findall(text))  # (a Chinese or Japanese character says what two letters say)
        if said >= 20:
            count = sizes.setdefault(parent, [0, 0])
            count[0] += said
            count[1] += 1
    for box, (said, count) in sorted(sizes.items(), key=lambda item: -item[1][0]):
        if said < 400 or count < 2:
            return None
        if page.is_hidden(box) or any(a.tag in ("nav", "aside", "footer", "header") or names_box(a) or is_navigation(a)
                                      for a in (box, *box.iterancestors())):
            continue
        return box
    return None


def _shown_length(el: etree._Element) -> int:
    """How many characters an element shows: its text without scripts' and styles' (whitespace aside)."""
    return sum(len(t.strip()) for t in el.xpath(".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"))


def article_body(page: Page, selector: str | None = None) -> etree._Element | None:
    """The running text of the article: a configured selector, articleBody, a body class, else the article."""
    if selector:
        found = select(page.root, selector)
        return found[0] if found else None

    def find(p: Page):
        candidates = p.with_itemprop("articleBody")
        if not candidates:
            candidates = p.with_class(*_BODY_CLASSES)
        found = [el for el in candidates if not p.is_hidden(el)]
        if found:
            return max(found, key=lambda el: len(el))
        return content_root(p)

    return page.memo("article_body", find)


# A lazy-loading placeholder's file name: "preloaderbig.gif", "blank.png", "spacer.gif", "1x1.gif", Gazeta do Povo's "gazeta-fallback.svg".
# The word starts the short name, perhaps after a short prefix ("img-placeholder.png", "logo-transparent_55x37.png", which
# no article image is named anyway: a logo is none).
_PLACEHOLDER = lazy(
    r"^(?=[\w.-]{0,24}\.(?:gif|png|svg|jpe?g|webp)(?:$|\?))"
    r"(?:(?:[a-z]{1,6}[-_])?(?:(?:preload|placeholder|spacer|loading|loader|lazy-?load|transparent|1x1|fallback|no-?image)"
    r"|(?:blank|lazy|trans|pixel|empty|dummy|grey|gray)(?![a-z]))[\w.-]*"  # (a word of its own: not "blanket-coverage.png")
    r"\.(?:gif|png|svg|jpe?g|webp)|\d{1,4}[x_]\d{1,4}\.(?:gif|png|svg))(?:$|\?)",
    # (or an aspect ratio's box alone: "160_90.png", "16x9.gif"; a photo is named by its size as a JPEG, the Houston
    # Chronicle's ".../18637072/5/920x920.jpg", Forbes' ".../960x0.jpg")
    re.IGNORECASE,
)


def placeholder_src(src: str) -> bool:
    """Whether an image's address is a lazy-loading placeholder (none, a data: URI, "blank.gif", "lazyloading-placeholder.png")."""
    return not src or src.startswith("data:") or bool(_PLACEHOLDER.search(src.rsplit("/", 1)[-1]))


def noscript_twin(el: etree._Element) -> etree._Element | None:
    """The image a placeholder stands for, in the <noscript> beside it for browsers without scripts, with its address:
    <img src="data:…"><noscript><img src="/real.jpg"></noscript>, or the <noscript> alone in a box beside it (SVT's
    <img src="data:…"><div><noscript><img src="/real.jpg" alt="…"></noscript></div>)."""
    for sibling in (el.getnext(), el.getprevious()):
        if sibling is not None and sibling.tag != "noscript" and len(sibling) == 1 and not (sibling.text or "").strip():
            sibling = sibling[0]
        if sibling is not None and sibling.tag == "noscript":
            inner = next(sibling.iter("img"), None)
            value = (inner.get("src") or "").strip() if inner is not None else ""
            if value and not value.startswith("data:"):
                return inner
    return None


def first_candidate(srcset: str) -> str:
    """The address of a srcset's first image candidate ("" where it names none: ", a.jpg 2x" names a.jpg)."""
    for candidate in srcset.split(","):
        words = candidate.split()
        if words:
            return words[0]
    return ""


def image_src(el: etree._Element) -> str:
    """The image's address: src, or, where src is a lazy-loading placeholder (a data: URI, none, or a
    "preloader.gif" beside a lazy-loading class or attribute), the address the script swaps in
    (data-src, also as the JSON MSN keeps there, data-lazy-src, data-original, the first srcset candidate, the
    picture's first source, or the image in a <noscript> beside it)."""
    src = (el.get("src") or "").strip()
    placeholder = placeholder_src(src) or src.endswith(".gif") and el.get("data-src", "").startswith("{")  # MSN: a gif, and data-src='{"default":"//img…"}'
    if not placeholder and "lazy" not in (el.get("class") or "") and not _PREVIEW.search(el.get("class") or ""):
        return src
    names = _LAZY if placeholder else _LAZY[:-1]  # a real-looking src beats a responsive srcset
    for name in names:
        value = (el.get(name) or "").strip()
        if value.startswith("{"):
            value = _address_in_json(value)
        if value and not value.startswith("data:"):
            value = first_candidate(value) if "srcset" in name else value
            if value and not (placeholder and value == src):  # (not Lidl's srcset="/c/js/placeholder.gif", the placeholder again)
                return value
    parent = el.getparent()
    if placeholder and parent is not None and parent.tag == "picture":  # <picture><source srcset="/real.webp"><img src="data:…">
        for source in parent.iter("source"):
            value = (source.get("srcset") or source.get("data-srcset") or "").strip()
            if value and not value.startswith("data:") and (first := first_candidate(value)):
                return first
    if placeholder:  # the same image for browsers without scripts: <img src="data:…"><noscript><img src="/real.jpg"></noscript>
        twin = noscript_twin(el)
        if twin is not None:
            return (twin.get("src") or "").strip()
        # Or the box the script fills, two levels up at most: Meredith's <div class="lazy-image" data-src="/real.jpg">
        # <noscript><img src="/real.jpg"></noscript><div><img src="data:…"></div></div>.
        for box in islice(el.iterancestors(), 2):
            if box.tag in ("figure", "article", "main", "body") or len(box) > 5:
                break
            value = (box.get("data-src") or "").strip()
            if value and not value.startswith("data:"):
                return value
            for noscript in (c for c in box if c.tag == "noscript"):
                inner = next(noscript.iter("img"), None)
                value = (inner.get("src") or "").strip() if inner is not None else ""
                if value and not value.startswith("data:"):
                    return value
        # Kinja's sites (Gizmodo, Jezebel, The Root, Deadspin …) name the photo by its id, for the script to build the address
        # on the image service the page's og:image shows: data-chomp-id="m45eauryhgrbqclcessl" data-format="Jpg".
        chomp = el.get("data-chomp-id")
        if chomp and (service := _image_service(el)) is not None:
            return f"{service}{chomp}.{(el.get('data-format') or 'jpg').lower()}"
        # Foundation's Interchange, one address per screen size: data-interchange="[/small.jpg, small], [/large.jpg, medium]".
        interchange = _INTERCHANGE.search(el.get("data-interchange") or "")
        if interchange is not None:
            return interchange.group(1)
        # Or an attribute of the site's own naming, one per screen size: TYPO3's data-lg, data-md, data-sm, data-xs; or
        # microdata's content (selbst.de's <img content="/…/Wurmkiste-02.jpg">).
        for name, value in el.attrib.items():
            if (name.startswith("data-") or name in ("content", "lowsrc")) and _IMAGE_ADDRESS.search(value) and not placeholder_src(value.strip()):
                return value.strip()
        # Or an image service's address without a file's ending in an attribute named for the image's address, one per
        # screen size (Infomaker's data-src-lg="https://imengine…/image.php?uuid=…", data-src-md, data-source).
        for name, value in el.attrib.items():
            if _SIZED_SOURCE.fullmatch(name) and _WEB_ADDRESS.match(value.strip()):
                return value.strip()
    return src


_SIZED_SOURCE = lazy(r"data-(?:src|source|image|img|original)(?:[-_][a-z0-9]{1,6})?", re.IGNORECASE)
_WEB_ADDRESS = lazy(r"(?:https?:)?//[^\s,{}\"'<>]+$|/[^\s,{}\"'<>/][^\s,{}\"'<>]*$")


def _image_service(el: etree._Element) -> str | None:
    """Where a Cloudinary-style image service keeps the page's photos, as its og:image shows: "https://i.kinja-img.com/gawker-media/image/upload/"."""
    meta = el.getroottree().getroot().find(".//meta[@property='og:image']")
    url = (meta.get("content") or "") if meta is not None else ""
    at = url.find("/image/upload/")
    return url[: at + len("/image/upload/")] if at > 0 and url.startswith(("http://", "https://")) else None


_INTERCHANGE = lazy(r"\[\s*([^\s,\[\]]+)\s*,")
# A blurred preview shown until the photo loads: SCMP's "image-wrapper__preview-image" (a 64×64 src, the photo in data-src).
_PREVIEW = lazy(r"preview|blur-?up|lqip", re.IGNORECASE)
_IMAGE_ADDRESS = lazy(r"^\s*(?:https?:)?/?[^\s,{}\"'<>]*\.(?:jpe?g|png|webp|avif|gif)(?:\?[^\s]*)?\s*$", re.IGNORECASE)


def _address_in_json(value: str) -> str:
    """The address a lazy-loading attribute holds as JSON, one per screen size: MSN's {"default": "//img…", …}
    or {"default": {"src": "//img…", "w": "80"}, …}."""
    try:
        found = json.loads(value)
    except ValueError:
        return ""
    if not isinstance(found, dict) or not found:
        return ""
    first = found.get("default", next(iter(found.values())))
    first = first.get("src") if isinstance(first, dict) else first
    return first.strip() if isinstance(first, str) else ""


_LAZY = ("data-src", "data-lazy-src", "data-original", "data-srcset", "data-lazy-srcset", "srcset")


def figure_of(page: Page, el: etree._Element) -> etree._Element | None:
    """The figure an element sits in, within the article (None when it sits in none). Answers are
    kept per element, so asking for every image of a deeply nested page costs one walk."""
    known: dict[etree._Element, etree._Element | None] = page.__dict__.setdefault("_figure_of", {})
    chain = []
    node = el.getparent()
    found = None
    while node is not None:
        if node in known:
            found = known[node]
            break
        chain.append(node)
        if node.tag == "figure":
            found = node
            break
        if node.tag in ("article", "main", "body"):
            break
        node = node.getparent()
    if found is not None and chain and chain[-1] is found:
        found = _captioned_around(found)
    # Each element on the way has the same answer: the figure above it, unless it is a stop itself.
    for n in chain:
        known[n] = found if n.tag not in ("article", "main", "body") else None
    return found


def _captioned_around(figure: etree._Element) -> etree._Element:
    """A figure without a caption inside a figure that captions it and holds no other image: the outer one
    (breakingnews.ie: <figure><div><figure class="z-10"><picture><img></picture></figure></div><figcaption>…)."""
    if next(figure.iter("figcaption"), None) is not None:
        return figure
    node = figure.getparent()
    for _ in range(4):
        if node is None or node.tag in ("article", "main", "body"):
            break
        if node.tag == "figure":
            images = set(figure.iter("img", "amp-img"))
            if next(node.iter("figcaption"), None) is not None and all(i in images for i in node.iter("img", "amp-img")):
                return node
            break
        node = node.getparent()
    return figure
