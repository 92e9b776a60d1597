"""Where a page's in-page links lead, and which of them are skip links: the links whose text says they skip somewhere
or whose target is the content, before it, and the first stop of the keyboard. The skip-link rules read them, and the
article model's skip links are these, with the rules' default words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from . import patterns
from .content import content_root, headline_h1, mains
from .lazyre import lazy
from .page import Page, shows_a_document, tab_index
from .patterns import builtin
from .text import accessible_text, squash, visible_text

# What skip links say, in the languages newsrooms publish in.
SKIP_TEXT = builtin(
    r"\bskip\b|\bjump\b|\bgo to\b|\bzum\b|\bzur\b|\bspringen\b|\bdirekt\b|überspringen|\baller\b|\bpasser\b|"
    r"\bsaltar\b|\bir al?\b|\bsalta\b|\bvai\b|\bnaar\b|\bprzejdź\b|\bпе?рейти\b|\bhopp\b|\bhoppa\b|\bgå til\b|"
    r"\bsiirry\b|\batlam\b|\bspring\b|\bpřeskočit\b|\bugrás\b|\btil indhold\b|"
    r"\bir para\b|\bpular\b|\bpřejít\b|\bsari la\b|\bgeç\b|\batla\b|\bchuyển đến\b|\bbỏ qua\b|\blangsung ke\b|\blompat ke\b|"
    r"μετάβαση|παράλειψη|דלג|עבור ל|تخطي|تخطى|انتقل إلى|ข้ามไป|पर जाएं|पर जाएँ|छोड़ें|"
    r"바로가기|바로 가기|건너뛰기|スキップ|へ移動|に移動|跳到|跳至|跳过|跳過|"
    # … and as WordPress and its themes say it in Albanian, Bulgarian, the South Slavic languages, Slovak, the Baltic
    # languages, Malay, Catalan, Galician, Basque, Welsh, Icelandic, Irish, Azerbaijani, Georgian, Armenian, Bengali, Urdu,
    # Persian, Swahili, Tagalog and Tamil
    r"\bkalo\b|направо към|\bpreskoči\b|\bpreskočiť\b|\bpereiti\b|\bpāriet\b|\bliigu\b|\blangkau\b|\bvés\b|\bir ao\b|\bsaltatu\b|"
    r"\bneidio\b|\bfara í\b|\bléim\b|пређи на|прескокни|\bkeç\b|გადასვლა|անցնել|যান|চলুন|جائیں|پرش|\bruka\b|\blumaktaw\b|செல்"
)


CONTENT_TEXT = builtin(
    r"content|main|article|story|text|inhalt|hauptinhalt|artikel|contenu|principal|contenido|contenuto|"
    r"inhoud|treści|содержан|sisältö|innhold|indhold|obsah|tartalom|içerik|"
    r"innehåll|conteúdo|conteudo|conținut|вмісту|вміст|nội dung|konten|περιεχόμενο|תוכן|المحتوى|เนื้อหา|सामग्री|"
    r"본문|콘텐츠|本文|コンテンツ|内容|正文|內容|"
    r"lënd|përmbajtj|съдържани|sadržaj|vsebin|turin|satur|\bsisu\b|kandungan|contingut|contido|eduki|cynnwys|efni|ábhar|садржај|содржин|"
    r"məzmun|კონტენტ|შინაარს|բովանդակ|বিষয়বস্তু|কন্টেন্ট|مواد|محتوا|maudhui|nilalaman|உள்ளடக்க"
)


# Skip-link text that names a place other than the main content.
OTHER_PLACES = builtin(
    r"menu|navigation|\bnav\b|search|suche|footer|fußzeile|recherche|buscar|cerca|related|secondary|sidebar|"
    r"seitenleiste|comment|kommentar|login|anmeld|more \w+ sites|weitere|other|übersicht|overview|sitemap|sekundär|"
    r"secondaire|secundario"
)


_HANDLERS = ("onclick", "onmousedown", "onmouseup", "onkeydown", "onkeyup", "onkeypress", "ontouchstart")


@dataclass(frozen=True)
class InPageLink:
    element: etree._Element
    fragment: str  # decoded, without "#"
    text: str
    target: etree._Element | None
    unrendered: etree._Element | None = None  # without a target, the element of that id in a <template> or a <noscript>


def _is_in_page(page: Page, el: etree._Element) -> tuple[str, str] | None:
    """(decoded, raw) fragment when el is an in-page link that should lead somewhere."""
    fragment = own_fragment(page, el.get("href") or "")
    if fragment is None:
        return None
    decoded = unquote(fragment)
    if fragment in ("", "0") or decoded.lower() == "top" or fragment.startswith(("/", "!", ":~:")) or _SCRIPT_STATE.search(decoded):
        # the top of the page ("#Top" too: HTML matches "top" ignoring ASCII case), a script's hash route or state, or a text
        # fragment (":~:text=")
        return None
    if _scripted(el):
        return None  # a script handles it: a toggle, a tab, a modal
    return decoded, fragment


# A fragment that holds a script's state, not an id: a route ("#comments/151992"), parameters ("#page=2", ThickBox's
# "#TB_inline?height=180&inlineId=form", Elementor's "#elementor-action:action=popup:open"), and the sign-in links of
# WordPress.com's comment form ("#comment-form-load-service:Twitter").
_SCRIPT_STATE = lazy(r"[/=?&]|^comment-form-load-service:")


def own_fragment(page: Page, href: str) -> str | None:
    """The fragment (without "#") of a link to a place in this page: "#main", or the page's own
    address with a fragment ("/2024/story.html#main"), which browsers also follow in the page.
    The page's address is where it was fetched from, or its canonical link or og:url."""
    href = href.strip()
    if href.startswith("#"):
        return href[1:]
    if "#" not in href:
        return None
    own = own_address(page)
    if own is None:
        return None
    base, address = own
    try:
        resolved = urljoin(base, href)
    except ValueError:
        return None
    rest, _, fragment = resolved.partition("#")
    return fragment if address_key(rest) == address else None


def own_address(page: Page) -> tuple[str, tuple] | None:
    """The base links resolve against (a <base href>, or the page's address) and the page's address as a key."""
    def find(p: Page):
        address = p.address
        key = address_key(address.partition("#")[0]) if address else None
        if key is None:
            return None
        base = next((el.get("href").strip() for el in p.by_tag("base") if el.get("href")), "")
        try:
            return urljoin(address, base) if base else address, key
        except ValueError:
            return address, key

    return page.memo("own_address", find)


def address_key(url: str) -> tuple | None:
    """What makes two addresses the same page: host, port, path and query. The scheme is left out,
    since a canonical link may say https for a page also served over http."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return parts.hostname.rstrip("."), port if port not in (80, 443) else None, parts.path or "/", parts.query


_SCRIPT_CLASS = lazy(
    r"(?:^|[\s_-])(?:js|toggle|toggler|dropdown|modal|popup|popover|trigger|tab|tabs|accordion|collapse|burger|"
    r"hamburger|offcanvas|off-canvas|lightbox|overlay|dialog|expand|slider|carousel|slide|slideshow|share|sharing)(?:$|[\s_-])|(?:^|\s)js-",
    re.IGNORECASE,
)


_SCRIPT_ATTRS = ("aria-controls", "aria-expanded", "aria-haspopup", "data-target", "data-bs-target", "data-open", "data-modal", "data-dismiss", "data-slide")


def _scripted(el: etree._Element) -> bool:
    """Signs that JavaScript handles the link: a role, a handler, toggle attributes or classes."""
    attrib = el.attrib
    if (attrib.get("role") or "").strip().lower() in ("button", "tab", "menuitem", "switch"):
        return True
    if any(h in attrib for h in _HANDLERS) or any(a in attrib for a in _SCRIPT_ATTRS):
        return True
    if any("toggle" in name for name in attrib):  # data-toggle, data-bs-toggle, uk-toggle
        return True
    classes = attrib.get("class") or ""
    # (a class that says skip makes it a skip link that a script may help along: GitHub's "js-skip-to-content")
    return bool(_SCRIPT_CLASS.search(classes)) and "skip" not in classes.lower()


def in_page_links(page: Page) -> list[InPageLink]:
    def find(p: Page):
        names: dict[str, etree._Element] = {}
        out = []
        candidates = [el for el in p.links if "#" in el.get("href", "")]
        if any(el.get("name") for el in p.links):
            for el in p.links:
                if el.get("name"):
                    names.setdefault(el.get("name"), el)
        for el in candidates:
            found = _is_in_page(p, el)
            if found is None or el in page.inert:
                continue
            fragment, raw = found
            targets = list(p.ids.get(fragment) or p.ids.get(raw) or ())
            if fragment in names:
                targets.append(names[fragment])
            # (one in a <template> or a <noscript> is not in the document browsers render: the link leads nowhere)
            target = next((t for t in targets if t not in p.inert), None)
            out.append(InPageLink(el, fragment, accessible_text(p, el), target, targets[0] if target is None and targets else None))
        return out

    return page.memo("in_page_links", find)


def matches(pattern: str, text: str) -> bool:
    """Whether a text says what an option's pattern (a user's, bounded in time) looks for, in any case."""
    return patterns.search(pattern, text, ignore_case=True) is not None


def first_focusable(page: Page) -> etree._Element | None:
    """The first element the Tab key reaches (see :func:`tab_order`)."""
    return page.memo("first_focusable", lambda p: next(tab_order(p), None))


def tab_order(page: Page) -> Iterator[etree._Element]:
    """The elements the Tab key reaches, in the order it reaches them: those with a positive tabindex first, the lowest
    value first and in document order among equals, then the others in document order; not one hidden (``hidden``,
    display:none or visibility:hidden inline, here or above, or a class or id the page's style sheets never display),
    made inert (``inert``), in a popover, in a closed <dialog>, or in a closed <details> outside its summary."""
    focusable = page.focusable
    ahead = [el for el in focusable if "tabindex" in el.attrib and (tab_index(el) or 0) > 0]
    if ahead:
        ahead.sort(key=tab_index)  # (a stable sort: document order among equal values)
        chosen = set(ahead)
        focusable = ahead + [el for el in focusable if el not in chosen]
    for el in focusable:
        if reached(page, el):
            yield el


def autofocused(page: Page) -> etree._Element | None:
    """The element that has focus when the page loads: the first whose autofocus attribute browsers follow, one that can
    take focus and that the Tab key could reach (see :func:`reached`), outside a <dialog>, whose autofocus moves focus
    when the dialog opens. None when focus starts at the top of the page."""
    def find(p: Page):
        return next((el for el in p.autofocus if reached(p, el) and not any(a.tag == "dialog" for a in el.iterancestors())), None)

    return page.memo("autofocused", find) if page.autofocus else None


def reached(page: Page, el: etree._Element) -> bool:
    """Whether the Tab key can reach a focusable element at all (see :func:`tab_order`)."""
    return el not in page.inert and not any(unreachable(a, el) for a in (el, *el.iterancestors())) and page.undisplayed(el) is None


_NOT_SHOWN = lazy(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def unreachable(box: etree._Element, el: etree._Element) -> bool:
    """Whether ``box`` (el or an ancestor) keeps el from taking focus: a popover is not displayed until a script or a
    button shows it."""
    attrib = box.attrib
    if "hidden" in attrib or "inert" in attrib or "popover" in attrib or "style" in attrib and _NOT_SHOWN.search(attrib["style"]):
        return True
    if box.tag == "dialog" and "open" not in attrib:
        return True
    if box.tag == "object" and box is not el and shows_a_document(box):
        return True  # (its fallback content, shown only where the object cannot show what it names)
    if box.tag == "details" and box is not el and "open" not in attrib:
        summary = next((c for c in box if c.tag == "summary"), None)
        return summary is None or (el is not summary and summary not in set(el.iterancestors()))
    return False


def skip_links(page: Page, options: dict) -> list[InPageLink]:
    """In-page links placed before the main content whose text says they skip somewhere or whose
    target is the content; and the first focusable element or a link to the content whose text says
    it skips. Links in the text whose words happen to match (“Studie zum Einsatz …”, “Zum Anfang”,
    a table of contents) are not skip links."""
    def find(p: Page):
        selector = options.get("content-selector")
        start = content_start(p, selector)
        first = first_focusable(p)
        out = []
        for link in in_page_links(p):
            before = start is None or p.order[link.element] < start  # no content found: the whole page
            if matches(options["skip-text"], link.text) and not _code_only(link):
                if link.element is first or is_content(p, link.target, selector) or (start is not None and before) or skips_to_a_place(link.text, options):
                    out.append(link)
            elif before and is_content(p, link.target, selector):
                out.append(link)
        return out

    return page.memo("skip_links:" + str(options.get("content-selector")) + options["skip-text"], find)


_CODE = frozenset(("code", "kbd", "samp", "tt", "var"))


def _code_only(link: InPageLink) -> bool:
    """Whether all a link says is code: an entry of an API's table of contents names a method and skips nothing (Node.js's
    documentation links <code>context.skip([message])</code> to #contextskipmessage)."""
    return any(d.tag in _CODE and squash(visible_text(d)) == link.text for d in link.element.iterdescendants()) \
        or any(a.tag in _CODE for a in link.element.iterancestors())


def skips_to_a_place(text: str, options: dict) -> bool:
    """Text that is a skip link's whole phrase: it starts or ends with the skip words and names a place
    (“Skip to footer”, “Zum Inhalt wechseln”, “Navigation überspringen”); not “Zurück zum Inhaltsverzeichnis”."""
    text = text.strip().rstrip(".!…")
    skip = options["skip-text"]
    said = matches(patterns.derived(f"^(?:{skip})", skip), text) or matches(patterns.derived(f"(?:{skip})$", skip), text)
    return said and (matches(options["content-text"], text) or matches(OTHER_PLACES, text))


def content_element(page: Page, selector: str | None) -> etree._Element | None:
    """The element the main content starts with: the first main landmark or the content's root, whichever comes first."""
    root = content_root(page, selector)
    candidates = ([root] if root is not None else []) + mains(page)[:1]
    return min(candidates, key=page.order.__getitem__) if candidates else None


def content_start(page: Page, selector: str | None) -> int | None:
    """Where the main content starts, as an index in document order (no source positions needed)."""
    found = content_element(page, selector)
    return page.order[found] if found is not None else None


def is_content(page: Page, el: etree._Element | None, selector: str | None) -> bool:
    if el is None:
        return False
    root = content_root(page, selector)
    return el in mains(page) or el is root or (el.tag == "article")


def target_ok(page: Page, target: etree._Element, selector: str | None) -> bool:
    """The main content itself, a wrapper of it, or a point at its very start (the headline counts: the page's h1,
    and the article's headline where the h1 is the logo's, as in Drupal 7's <a id="main-content"></a> before the title's h1;
    so does the <article> that holds the headline)."""
    from .model import extractor

    headline, h1 = extractor(page).headline_element(), headline_h1(page)
    held = headline if headline is not None else h1
    story = next(held.iterancestors("article"), None) if held is not None else None  # (a breadcrumb may stand before its headline)
    contents = [el for el in mains(page) + [content_root(page, selector), story, h1, headline] if el is not None]
    if not contents:
        return True  # nothing to compare with; the landmark rules report that
    if target in contents or target.tag == "article":
        return True
    starts = contents
    for content in contents:
        if target in set(content.iterancestors()):
            return True  # the target wraps the content
        if content in set(target.iterancestors()):
            if not shown_text(page, content, target):
                return True  # inside the content at its start, with no text before it
            # past its start, only the start of content inside it may follow, the headline not passed: the article's,
            # or its headline's (WDR's anchor stands in its main past the breadcrumb for screen readers, right before
            # the <article>; Drupal's "main-content" anchor after the page header's h1 skips the headline)
            inside = [el for el in starts if content in set(el.iterancestors())]
            starts = [] if any(el in (h1, headline) and page.order[el] < page.order[target] for el in inside) else inside
    said = visible_text(target)
    if said and not (target.tag == "a" and target.get("href") is None):
        return False  # (a link-less <a> is an anchor whatever it says: Politico's <a id="site-content" class="hidden">Main Content</a>)
    # an anchor just before it: before the content or its headline, with no text between but its own
    return any(not shown_text(page, target, start, own=False) for start in starts if page.order[target] < page.order[start])


def shown_text(page: Page, first: etree._Element, last: etree._Element, own: bool = True) -> str:
    """The text a browser shows from first's start to last's start (with first's own text, unless ``own`` is false):
    no script, style sheet, template or <noscript>, and nothing in a box the Tab key cannot reach into for being hidden
    (see :func:`unreachable`: GitHub's command palette in a closed <details>) or that the style sheets never display."""
    order = page.order
    start, end = order[first], order[last]
    if start >= end:
        return ""
    skipped = set(first.iterdescendants()) if not own else set()
    around_last = set(last.iterancestors())
    shown: dict[etree._Element, bool] = {}

    def shows(el: etree._Element) -> bool:  # el and every box around it are displayed
        known = shown.get(el)
        if known is None:
            parent = el.getparent()
            known = shown[el] = (
                el.tag not in _NEVER_SHOWN and el not in page.inert and (parent is None or shows_inside(parent, el))
                and not unreachable(el, el) and page.undisplayed(el) is None)
        return known

    def shows_inside(box: etree._Element, child: etree._Element | None) -> bool:  # child, or box's own text (None)
        if not shows(box):
            return False
        if box.tag == "details" and "open" not in box.attrib:  # closed: its summary alone is shown
            return child is not None and child is next((c for c in box if c.tag == "summary"), None)
        return True

    def after_a_comment(box: etree._Element) -> list[str]:  # the text after box's comments that lies between the two
        said = []
        for node in box.iterchildren(etree.Comment, etree.ProcessingInstruction):
            after = next((s for s in node.itersiblings() if isinstance(s.tag, str)), None)
            # before the element after it, or at the end of box, which ends before last unless it holds it
            if node.tail and (start < order[after] <= end if after is not None else box not in around_last):
                said.append(node.tail)
        return said if said and shows_inside(box, None) else []

    parts = []
    for el in page.elements[start:end]:
        if el in skipped:
            continue
        if el.text and (own or el is not first) and shows_inside(el, None):
            parts.append(el.text)
        if el.tail and el not in around_last and shows_inside(el.getparent(), None):
            parts.append(el.tail)
        if own or el is not first:
            parts += after_a_comment(el)
    for anc in first.iterancestors():
        parts += after_a_comment(anc)
        if anc.tail and anc not in around_last and anc.getparent() is not None and shows_inside(anc.getparent(), None):
            parts.append(anc.tail)
    return squash("".join(parts))


_NEVER_SHOWN = frozenset(("script", "style", "template", "noscript"))


# The skip-link rules' default options: what the article model reads skip links with.
DEFAULT_OPTIONS = {"skip-text": SKIP_TEXT, "content-text": CONTENT_TEXT, "content-selector": None}
