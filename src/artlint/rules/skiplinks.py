"""Skip links: the first stop of the keyboard, and in-page links that lead somewhere."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from .. import patterns
from ..content import content_root, headline_h1, mains
from ..lazyre import lazy
from ..patterns import builtin
from ..page import Page, hiding
from ..rule import Rule
from ..text import accessible_text, quote, source_text, visible_text

FAMILY = "skip-links"

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
SECTION_TEXT = builtin(r"\bskip (?:the )?(?:next|this|following|past)\b|überspringen|\bignorer\b|\bsaltar (?:la )?sección\b")
# Skip-link text that names a place other than the main content.
_OTHER_PLACES = builtin(
    r"menu|navigation|\bnav\b|search|suche|footer|fußzeile|recherche|buscar|cerca|related|secondary|sidebar|"
    r"seitenleiste|comment|kommentar|login|anmeld|more \w+ sites|weitere|other|übersicht|overview|sitemap|sekundär|"
    r"secondaire|secundario"
)
_GENERIC = {"", "click here", "here", "link", "more", "read more", "#", "skip", "hier", "ici", "aquí", "klicken sie hier", "mehr"}
_HANDLERS = ("onclick", "onmousedown", "onmouseup", "onkeydown", "onkeyup", "onkeypress", "ontouchstart")
_PAGE = '<!doctype html>\n<html lang="en">\n<head><title>Example</title></head>\n<body>\n{body}\n</body>\n</html>\n'


def _example(body: str) -> str:
    return _PAGE.format(body=body)


@dataclass(frozen=True)
class InPageLink:
    element: etree._Element
    fragment: str  # decoded, without "#"
    text: str
    target: etree._Element | None


def _is_in_page(page: Page, el: etree._Element) -> tuple[str, str] | None:
    """(decoded, raw) fragment when el is an in-page link that should lead somewhere."""
    fragment = _own_fragment(page, el.get("href") or "")
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


def _own_fragment(page: Page, href: str) -> str | None:
    """The fragment (without "#") of a link to a place in this page: "#main", or the page's own
    address with a fragment ("/2024/story.html#main"), which browsers also follow in the page.
    The page's address is where it was fetched from, or its canonical link or og:url."""
    href = href.strip()
    if href.startswith("#"):
        return href[1:]
    if "#" not in href:
        return None
    own = _own_address(page)
    if own is None:
        return None
    base, address = own
    try:
        resolved = urljoin(base, href)
    except ValueError:
        return None
    rest, _, fragment = resolved.partition("#")
    return fragment if _address_key(rest) == address else None


def _own_address(page: Page) -> tuple[str, tuple] | None:
    """The base links resolve against (a <base href>, or the page's address) and the page's address as a key."""
    def find(p: Page):
        address = p.address
        key = _address_key(address.partition("#")[0]) if address else None
        if key is None:
            return None
        base = next((el.get("href").strip() for el in p.by_tag("base") if el.get("href")), "")
        try:
            return urljoin(address, base) if base else address, key
        except ValueError:
            return address, key

    return page.memo("own_address", find)


def _address_key(url: str) -> tuple | None:
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
    return bool(_SCRIPT_CLASS.search(attrib.get("class") or ""))


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
            found = p.ids.get(fragment) or p.ids.get(raw)
            target = found[0] if found else names.get(fragment)
            out.append(InPageLink(el, fragment, accessible_text(p, el), target))
        return out

    return page.memo("in_page_links", find)



def _matches(pattern: str, text: str) -> bool:
    """Whether a text says what an option's pattern (a user's, bounded in time) looks for, in any case."""
    return patterns.search(pattern, text, ignore_case=True) is not None


def first_focusable(page: Page) -> etree._Element | None:
    """The first element the Tab key reaches: not one hidden (``hidden``, display:none or visibility:hidden inline, here or
    above), made inert (``inert``), in a closed <dialog>, or in a closed <details> outside its summary."""
    for el in page.focusable:
        if el in page.inert:
            continue
        if any(_unreachable(a, el) for a in (el, *el.iterancestors())):
            continue
        return el
    return None


_NOT_SHOWN = lazy(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _unreachable(box: etree._Element, el: etree._Element) -> bool:
    """Whether ``box`` (el or an ancestor) keeps el from taking focus."""
    attrib = box.attrib
    if "hidden" in attrib or "inert" in attrib or "style" in attrib and _NOT_SHOWN.search(attrib["style"]):
        return True
    if box.tag == "dialog" and "open" not in attrib:
        return True
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
        start = _content_start(p, selector)
        first = first_focusable(p)
        out = []
        for link in in_page_links(p):
            before = start is None or p.order[link.element] < start  # no content found: the whole page
            if _matches(options["skip-text"], link.text):
                if link.element is first or _is_content(p, link.target, selector) or (start is not None and before) or _skips_to_a_place(link.text, options):
                    out.append(link)
            elif before and _is_content(p, link.target, selector):
                out.append(link)
        return out

    return page.memo("skip_links:" + str(options.get("content-selector")) + options["skip-text"], find)


def _skips_to_a_place(text: str, options: dict) -> bool:
    """Text that is a skip link's whole phrase: it starts or ends with the skip words and names a place
    (“Skip to footer”, “Zum Inhalt wechseln”, “Navigation überspringen”); not “Zurück zum Inhaltsverzeichnis”."""
    text = text.strip().rstrip(".!…")
    skip = options["skip-text"]
    said = _matches(patterns.derived(f"^(?:{skip})", skip), text) or _matches(patterns.derived(f"(?:{skip})$", skip), text)
    return said and (_matches(options["content-text"], text) or _matches(_OTHER_PLACES, text))


def _content_start(page: Page, selector: str | None) -> int | None:
    """Where the main content starts, as an index in document order (no source positions needed)."""
    root = content_root(page, selector)
    found = mains(page)
    candidates = [page.order[el] for el in ([root] if root is not None else []) + found[:1]]
    return min(candidates) if candidates else None


def _is_content(page: Page, el: etree._Element | None, selector: str | None) -> bool:
    if el is None:
        return False
    root = content_root(page, selector)
    return el in mains(page) or el is root or (el.tag == "article")


def _target_ok(page: Page, target: etree._Element, selector: str | None) -> bool:
    """The main content itself, a wrapper of it, or a point at its very start (the headline counts: the page's h1,
    and the article's headline where the h1 is the logo's, as in Drupal 7's <a id="main-content"></a> before the title's h1)."""
    from ..model import extractor

    said = extractor(page).headline()
    headline = said["source"].element if said is not None and said["source"].kind == "element" else None
    contents = [el for el in mains(page) + [content_root(page, selector), headline_h1(page), headline] if el is not None]
    if not contents:
        return True  # nothing to compare with; the landmark rules report that
    if target in contents or target.tag == "article":
        return True
    for content in contents:
        if target in set(content.iterancestors()):
            return True  # the target wraps the content
        if content in set(target.iterancestors()):
            # Inside the content: only at its start, with no text before it.
            return not source_text(page, page.offset(content), page.offset(target))
    said = visible_text(target)
    if said and not (target.tag == "a" and target.get("href") is None):
        return False  # (a link-less <a> is an anchor whatever it says: Politico's <a id="site-content" class="hidden">Main Content</a>)
    at = page.offset(target)  # an anchor just before it: before the content or its headline, with no text between but its own
    return any(at < page.offset(content) and not source_text(page, at, page.offset(content)).removeprefix(said).strip() for content in contents)


_OPTIONS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "skip-text": {
            "type": "string",
            "format": "regex",
            "default": SKIP_TEXT,
            "description": "Regular expression (case-insensitive) for the text of a skip link.",
        },
        "content-text": {
            "type": "string",
            "format": "regex",
            "default": CONTENT_TEXT,
            "description": "Regular expression for skip-link text that promises the main content.",
        },
        "content-selector": {
            "type": ["string", "null"],
            "format": "css-selector",
            "default": None,
            "description": "CSS selector of the main content; default: main, [role=main] or the article.",
        },
    },
}


class SkipLinkNotFirst(Rule):
    code = "SKL001"
    name = "skip-link-not-first"
    family = FAMILY
    summary = "The first focusable element is not a skip link."
    rationale = (
        "Keyboard and screen-reader users meet the first focusable element first; if it is not a "
        "skip link they must tab through the whole header and navigation on every article."
    )
    fix = 'Make the first focusable element an in-page link such as <a href="#main">Skip to content</a>.'
    wcag = ("2.4.1",)
    techniques = ("G1", "G123", "G124")
    options = _OPTIONS
    incorrect = (
        _example('<header><a href="/">Home</a></header>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<a href="#comments">Comments</a>\n<main id="main"><h1>Headline</h1></main><section id="comments"></section>'),
        _example('<a href="/2016/story.html?nav=7#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
    )
    correct = (
        _example('<a class="skip" href="#main">Skip to content</a>\n<header><a href="/">Home</a></header>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<a href="#inhalt">Zum Inhalt springen</a><a href="/">Start</a>\n<main id="inhalt"><h1>Titel</h1></main>'),
    )

    def check(self, page, options):
        first = first_focusable(page)
        if first is None:
            return
        skips = skip_links(page, options)
        if skips and skips[0].element is first:
            return
        text = accessible_text(page, first)
        what = f"<{first.tag}>" + (f" {quote(text, 40)}" if text else "")
        href = (first.get("href") or "").strip() if first.tag == "a" else ""
        if skips:
            line, column = page.position(skips[0].element)
            hint = f"move the skip link at {line}:{column} before it"
        elif "#" in href and text and _matches(options["skip-text"], text) and _own_fragment(page, href) is None:
            # It says it skips, but names an address (Berliner Feuerwehr's "/aktuelles/nachrichten/#maincontent" below
            # <base href="https://www.berliner-feuerwehr.de/">): unless that is the address the page was loaded from,
            # following it loads a page.
            fragment = href.partition("#")[2]
            if _own_address(page) is None:  # no canonical link or og:url: the page's own address is unknown
                hint = (f"it names an address ({quote(href, 60)}), not a place in this page; write href=\"#{fragment}\", "
                        "which moves the focus wherever the page is served from")
            else:
                hint = (f"it leads to {quote(href, 60)}, not to a place in this page; write href=\"#{fragment}\" "
                        "so that it moves the focus without loading a page")
        else:
            hint = 'add <a href="#main">Skip to content</a> before it'
        yield self.problem(first, f"the first focusable element is {what}, not a skip link; {hint}")


class BrokenInPageLink(Rule):
    code = "SKL002"
    name = "broken-in-page-link"
    family = FAMILY
    summary = "An in-page link points at an id that does not exist."
    rationale = (
        "Activating the link does nothing: a skip link whose target is gone leaves keyboard users "
        "where they were, and a table of contents or footnote link goes nowhere."
    )
    fix = "Give the target element the id the link names, or correct the link."
    wcag = ("2.4.1", "2.1.1")
    techniques = ("G1", "F87")
    incorrect = (_example('<a href="#main-content">Skip to content</a>\n<main id="content"><h1>Headline</h1></main>'),)
    correct = (
        _example('<a href="#main-content">Skip to content</a>\n<main id="main-content"><h1>Headline</h1></main>'),
        _example('<a href="#top">Back to top</a> <a href="#TOP">Top</a> <a href="#">Menu</a> <a href="#/route">App</a> <a href="#comments/42">Reply</a> '
                 '<a href="#page=2">Next</a> <a href="#:~:text=Headline">Quote</a> '
                 '<a href="#x" role="button">Toggle</a> <a href="#y" onclick="go()">Go</a> '
                 '<a href="#fn1">1</a><a name="fn1"></a> <a href="#caf%C3%A9">Café</a><p id="café">x</p>'),
    )

    def check(self, page, options):
        for link in in_page_links(page):
            if link.target is None:
                yield self.problem(
                    link.element,
                    f"in-page link to #{link.fragment} has no target: no element has id=\"{link.fragment}\"; "
                    "add the id to the target or correct the link",
                )


class SkipLinkTarget(Rule):
    code = "SKL003"
    name = "skip-link-target-not-content"
    family = FAMILY
    summary = "A skip link that promises the content leads somewhere else."
    rationale = (
        "“Skip to content” must land at the start of the article; landing in the middle of the "
        "navigation or at the footer is as disorienting as having no skip link."
    )
    fix = "Point the skip link at the main element, the article, or an element at the very start of the content."
    wcag = ("2.4.1",)
    techniques = ("G1",)
    options = _OPTIONS
    incorrect = (_example('<a href="#nav">Skip to content</a>\n<nav id="nav"><a href="/">Home</a></nav>\n<main><h1>Headline</h1><p>Text</p></main>'),
                 _example('<a href="#late">Skip to content</a>\n<main><h1>Headline</h1><p>Text</p><p id="late">Later</p></main>'))
    correct = (
        _example('<a href="#main">Skip to content</a>\n<nav><a href="/">Home</a></nav>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<a href="#start">Skip to content</a>\n<main><span id="start"></span><h1>Headline</h1></main>'),
        _example('<a href="#menu">Skip to main menu</a>\n<nav id="menu"><a href="/">Home</a></nav>\n<main><h1>Headline</h1></main>'),
    )

    def check(self, page, options):
        selector = options.get("content-selector")
        for link in skip_links(page, options):
            if link.target is None or not _matches(options["content-text"], link.text):
                continue
            if _matches(_OTHER_PLACES, link.text):
                continue  # "Skip to main menu" promises the menu, "Skip to related content" a box
            if not _target_ok(page, link.target, selector):
                line, column = page.position(link.target)
                ident = link.target.get("id")
                sharing = page.ids.get(ident, []) if ident else []
                meant = next((el for el in sharing[1:] if _target_ok(page, el, selector)), None)
                if meant is not None:  # the template gave its content's element an id the page uses already
                    yield self.problem(
                        link.element,
                        f"skip link {quote(link.text, 40)} leads to <{link.target.tag}> at {line}:{column}, the first of "
                        f'{len(sharing)} elements with id="{ident}" (browsers go to the first), not to the content\'s '
                        f"<{meant.tag}> at {':'.join(map(str, page.position(meant)))}; give each element an id of its own",
                    )
                    continue
                yield self.problem(
                    link.element,
                    f"skip link {quote(link.text, 40)} leads to <{link.target.tag}> at {line}:{column}, which is not the "
                    "start of the main content; point it at the main element or the article",
                )


class SkipLinkUnreachable(Rule):
    code = "SKL004"
    name = "skip-link-unreachable"
    family = FAMILY
    summary = "A skip link is hidden from keyboard or assistive-technology users."
    rationale = (
        "A skip link that is hidden, aria-hidden or out of the tab order exists for nobody. Hide it "
        "visually until it receives focus instead."
    )
    fix = ("Remove hidden, aria-hidden, tabindex=\"-1\", inline display:none or a stylesheet's display:none for its class; "
           "use a visually-hidden-until-focused class.")
    wcag = ("2.4.1", "4.1.2")
    techniques = ("G1", "C7")
    options = _OPTIONS
    incorrect = (
        _example('<a href="#main" tabindex="-1">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<div style="display:none"><a href="#main">Skip to content</a></div>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<a href="#main" aria-hidden="true">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<style>.skip { display: none; } .skip:focus { display: block; }</style>\n'
                 '<a class="skip" href="#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
    )
    correct = (
        _example('<a class="visually-hidden-focusable" href="#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<style>@media print { .skip { display: none; } }</style>\n'
                 '<a class="skip" href="#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
    )

    def check(self, page, options):
        for link in skip_links(page, options):
            el = link.element
            reason = None
            tabindex = (el.get("tabindex") or "").strip()
            if tabindex.lstrip("-").isdigit() and int(tabindex) < 0:
                reason = f'tabindex="{tabindex}" takes it out of the tab order'
            elif page.is_hidden(el):  # (and an inline visibility:hidden, which Page.is_hidden reads too)
                reason = _why_hidden(page, el)
            elif (hidden := _undisplayed_class(page, el)) is not None:
                reason = f"the page's stylesheet sets .{hidden} to display:none, and an element not displayed takes no focus"
            if reason:
                yield self.problem(el, f"skip link {quote(link.text, 40)} cannot be reached: {reason}; hide it visually until focused instead")


def _why_hidden(page: Page, el: etree._Element) -> str:
    """What hides a link from everyone, and where: the ``hidden`` attribute, aria-hidden="true" or an inline display:none or
    visibility:hidden, on the link or an ancestor."""
    node = el
    while node is not None:
        said = hiding(node)
        if said is not None:
            where = "on it" if node is el else f"on its ancestor <{node.tag}> at {':'.join(map(str, page.position(node)))}"
            if said == "hidden":
                return f"the hidden attribute {where} hides it"
            if said == "aria-hidden":
                return f'aria-hidden="true" {where} hides it from screen readers, though the Tab key still stops on it'
            return f"inline {said} {where} hides it, and an element not shown takes no focus"
        node = node.getparent()
    return "it is hidden"


def _undisplayed_class(page: Page, el: etree._Element) -> str | None:
    """A class of the link's own that the page's stylesheets set to display:none, in a rule of that class alone
    outside any @media block (a print style sheet hides skip links rightly), and that no other rule displays;
    None if none. (A box around the link hidden by its class is often shown by a script: CityLab's sticky
    "js-action-bar u-hidden".)"""
    names = (el.get("class") or "").split()
    if not names:
        return None
    sheets = page.memo("screen-style-sheets", _screen_css)
    return next((name for name in names if any(_never_displayed(css, name) for css in sheets)), None)


def _screen_css(page: Page) -> list[str]:
    """The text of the page's own style sheets for screens (a sheet for print is left out)."""
    return [style.text for style in page.by_tag("style")[:50]
            if style.text and "none" in style.text and (style.get("media") or "all").strip().lower() in ("all", "screen", "")]


def _never_displayed(css: str, name: str) -> bool:
    """Whether a rule of the class alone, outside any @media block and any comment, sets it to display:none, and no
    other rule (in a @media block or not) displays it (mobile first: CityLab's ".c-skip-link{display:none}" and, from
    36em, a rule that displays it as a flex box). A rule for its :focus does not count: an element not displayed is
    never focused. (The style sheet is searched for the class's name first: a page's sheets can be large.)"""
    token = "." + name
    at = css.find(token)
    hidden = False
    while at >= 0 and not hidden:
        rule = _RULE_BODY.match(css, at + len(token))  # (".skip {", not ".skip-link {" nor ".skip a {")
        if rule is not None and _DISPLAY_NONE.search(rule.group(1)):
            before = css[:at].rstrip()
            if (not before or before[-1] in "{};,") and before.count("{") == before.count("}") and before.count("/*") == before.count("*/"):
                hidden = True  # (at the top level, outside a comment: as many braces and comments opened as closed before it)
        at = css.find(token, at + len(token))
    if not hidden:
        return False
    shown = rf"\.{re.escape(name)}(?![\w:-])[^{{}}]*\{{[^{{}}]*(?<![\w-])display\s*:\s*(?!none\b)[a-z-]"
    return re.search(shown, css, re.IGNORECASE) is None


# What follows a class alone as a rule's selector: its declarations.
_RULE_BODY = lazy(r"\s*\{([^{}]*)\}")
_DISPLAY_NONE = lazy(r"(?<![\w-])display\s*:\s*none\b", re.IGNORECASE)


class SkipLinkText(Rule):
    code = "SKL005"
    name = "skip-link-text"
    family = FAMILY
    summary = "A skip link's text does not say where it goes."
    rationale = "“Click here” or an empty link tells nobody what the link skips to; screen readers read the text out of context."
    fix = "Say where the link goes: “Skip to content”, “Skip to main menu”."
    wcag = ("2.4.4", "2.4.1")
    techniques = ("G91", "H30")
    options = _OPTIONS
    incorrect = (
        _example('<a href="#main">Click here</a>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<a href="#main"></a>\n<main id="main"><h1>Headline</h1></main>'),
    )
    correct = (_example('<a href="#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),)

    def check(self, page, options):
        first = first_focusable(page)
        for link in in_page_links(page):
            is_first = link.element is first
            points_at_content = _is_content(page, link.target, options.get("content-selector"))
            if not (is_first or points_at_content):
                continue
            if link.text.strip().lower().rstrip(".!…") in _GENERIC:
                shown = f"“{link.text}”" if link.text else "no text"
                yield self.problem(link.element, f"skip link has {shown}; say where it goes, e.g. “Skip to content”")


class SkipSectionBackward(Rule):
    code = "SKL006"
    name = "skip-section-link-backward"
    family = FAMILY
    summary = "A “skip this section” link points backwards or nowhere."
    rationale = "A link that skips a carousel, table or embed must land after it; one that jumps back makes keyboard users loop."
    fix = "Point the link at an element after the section it skips (and make sure that element exists)."
    wcag = ("2.4.1",)
    techniques = ("G123",)
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "section-text": {
                "type": "string",
                "format": "regex",
                "default": SECTION_TEXT,
                "description": "Regular expression (case-insensitive) for the text of links that skip a section.",
            }
        },
    }
    incorrect = (_example('<main><h1>Headline</h1><p id="before">Intro</p><a href="#before">Skip next section</a><div>Carousel</div><p>After</p></main>'),)
    correct = (_example('<main><h1>Headline</h1><a href="#after">Skip next section</a><div>Carousel</div><p id="after">After</p></main>'),)

    def check(self, page, options):
        for link in in_page_links(page):
            if not _matches(options["section-text"], link.text):
                continue
            if link.target is None:
                continue  # broken-in-page-link reports it
            if page.order[link.target] <= page.order[link.element]:
                line, column = page.position(link.target)
                yield self.problem(
                    link.element,
                    f"{quote(link.text, 40)} jumps back to <{link.target.tag}> at {line}:{column}; point it at an element after the section",
                )


_BASE_PAGE = (
    '<!doctype html>\n<html lang="en">\n<head><title>Example</title>{base}\n'
    '<link rel="canonical" href="https://news.example/2024/03/story.html"></head>\n<body>\n{body}\n</body>\n</html>\n'
)


class BaseLeavesPage(Rule):
    code = "SKL007"
    name = "base-breaks-in-page-link"
    family = FAMILY
    summary = "A <base href> sends an in-page link to another page."
    rationale = (
        "Browsers resolve every link against the base address, “#main” too. With <base href=\"/\"> on an "
        "article, the skip link and the table of contents lead to the home page instead of into the article. "
        "The page's address is taken from its canonical link or og:url."
    )
    fix = "Write the page's own address before the fragment (href=\"/2024/03/story.html#main\"), or remove the <base> element."
    wcag = ("2.4.1",)
    techniques = ("G1",)
    incorrect = (_BASE_PAGE.format(base='<base href="/">', body='<a href="#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),)
    correct = (
        _BASE_PAGE.format(base='<base href="/">', body='<a href="/2024/03/story.html#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
        _BASE_PAGE.format(base='<base href="/2024/03/story.html">', body='<a href="#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
    )

    def check(self, page, options):
        own = _own_address(page)
        base = next((el for el in page.by_tag("base") if el.get("href")), None)
        if own is None or base is None:
            return
        resolved, address = own
        if _address_key(resolved.partition("#")[0]) == address:
            return
        line, column = page.position(base)
        for link in in_page_links(page):
            href = link.element.get("href").strip()
            if href.startswith("#"):
                yield self.problem(
                    link.element,
                    f"in-page link {quote(href, 40)} leads to {_cut(resolved.partition('#')[0] + href)}, another page, "
                    f"because of <base href=\"{_cut(base.get('href').strip())}\"> at {line}:{column}; "
                    "write the page's own address before the fragment, or remove the base",
                )


def _cut(text: str, limit: int = 80) -> str:
    """An address for a message: on one line, control characters shown as spaces, cut with an ellipsis."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CONTROL = lazy(r"[\x00-\x1f\x7f]")


class NoSkipToContent(Rule):
    code = "SKL008"
    name = "no-skip-to-content"
    family = FAMILY
    summary = "The skip links lead only to the navigation, the search or the footer, while links stand between them and the content."
    rationale = (
        "A skip link lets keyboard and screen-reader users pass the header and the navigation to reach the article. Links that "
        "jump to the menu or the search do not: a template that drops “Skip to content” and keeps “Skip to search” leaves every "
        "article without a way past the header, and SKL001 still sees a skip link first."
    )
    fix = 'Put <a href="#main">Skip to content</a> first among the skip links.'
    wcag = ("2.4.1",)
    techniques = ("G1",)
    options = _OPTIONS
    incorrect = (
        _example('<a href="#search">Skip to search</a>\n<header><a href="/">Home</a><form id="search" role="search"><input name="q" '
                 'aria-label="Search"></form></header>\n<main id="main"><h1>Headline</h1></main>'),
    )
    correct = (
        _example('<a href="#main">Skip to content</a> <a href="#search">Skip to search</a>\n<header><a href="/">Home</a>'
                 '<form id="search" role="search"><input name="q" aria-label="Search"></form></header>\n<main id="main"><h1>Headline</h1></main>'),
        # (the content comes first, before the navigation: nothing to pass)
        _example('<a href="#nav">Jump to navigation</a>\n<main id="main"><h1>Headline</h1><p><a href="/source">Source</a></p></main>\n'
                 '<nav id="nav"><a href="/">Home</a></nav>'),
    )

    def check(self, page, options):
        first = first_focusable(page)
        skips = skip_links(page, options)
        if first is None or not skips or skips[0].element is not first:
            return  # (no skip link first: SKL001's)
        elsewhere = []
        for link in skips:
            if link.target is None or _is_content(page, link.target, options.get("content-selector")) \
                    or _matches(options["content-text"], link.text) or _BYPASSES.search(link.text) or not _matches(_OTHER_PLACES, link.text):
                return  # a link to the content, past the navigation, or to a place it does not name (or SKL002's, its target gone)
            elsewhere.append(link)
        start = _content_start(page, options.get("content-selector"))
        links = {link.element for link in skips}
        order = page.order
        passed = next((el for el in page.focusable if el not in links and order[el] > order[first] and el not in page.inert
                       and not any(_unreachable(a, el) for a in (el, *el.iterancestors()))), None)  # (as the Tab key meets them)
        if start is None or passed is None or order[passed] >= start:
            return  # nothing to pass before the content (Wikipedia writes its text before its menus)
        places = " and ".join(dict.fromkeys(quote(link.text, 30) for link in elsewhere))
        before = quote(accessible_text(page, passed) or f"<{passed.tag}>", 30)
        yield self.problem(first, f"the skip links ({places}) lead elsewhere, none to the content, and the Tab key meets {before} and more "
                                  'before it; add <a href="#main">Skip to content</a> first')


# Text that skips past the navigation to what follows it: "Skip navigation", "Skip the menu", "Navigation überspringen",
# "Passer la navigation", "Saltar la navegación".
_BYPASSES = lazy(r"^\W*(?:skip|bypass|passer|éviter|saltar|salta)\s+(?:the\s+|la\s+|le\s+|el\s+)?(?:main\s+|site\s+)?"
                 r"(?:navigation|nav|menu|menus|header|links|navegación|navegacion|navigazione)\b|überspringen\W*$", re.IGNORECASE)


RULES = [SkipLinkNotFirst, BrokenInPageLink, SkipLinkTarget, SkipLinkUnreachable, SkipLinkText, SkipSectionBackward, BaseLeavesPage, NoSkipToContent]
