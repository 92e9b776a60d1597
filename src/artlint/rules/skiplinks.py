"""Skip links: the first stop of the keyboard, and in-page links that lead somewhere."""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml import etree

from ..content import mains
from ..finding import Severity
from ..lazyre import lazy
from ..links import (
    CONTENT_TEXT, OTHER_PLACES, SKIP_TEXT, address_key, autofocused, content_element, content_start, first_focusable, in_page_links,
    is_content, matches, own_address, own_fragment, reached, skip_links, skips_to_a_place, tab_order, target_ok,
)
from ..page import Page, hiding_named, tab_index
from ..patterns import builtin
from ..rule import Rule
from ..text import accessible_text, quote, squash, visible_text

FAMILY = "skip-links"

SECTION_TEXT = builtin(r"\bskip (?:the )?(?:next|this|following|past)\b|überspringen|\bignorer\b|\bsaltar (?:la )?sección\b")
_GENERIC = {"", "click here", "here", "link", "more", "read more", "#", "skip", "hier", "ici", "aquí", "klicken sie hier", "mehr"}
_PAGE = '<!doctype html>\n<html lang="en">\n<head><title>Example</title></head>\n<body>\n{body}\n</body>\n</html>\n'


def _example(body: str) -> str:
    return _PAGE.format(body=body)


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
    fix = ('Make the first focusable element an in-page link such as <a href="#main">Skip to content</a>, and give no other '
           "element a positive tabindex: the Tab key visits those first, wherever they stand.")
    wcag = ("2.4.1",)
    techniques = ("G1", "G123", "G124")
    options = _OPTIONS
    incorrect = (
        _example('<header><a href="/">Home</a></header>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<a href="#main">Skip to content</a>\n<header><form role="search"><input name="q" aria-label="Search" tabindex="1"></form></header>\n'
                 '<main id="main"><h1>Headline</h1></main>'),
        _example('<a href="#comments">Comments</a>\n<main id="main"><h1>Headline</h1></main><section id="comments"></section>'),
        _example('<a href="/2016/story.html?nav=7#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<button onclick="document.querySelector(\'#main\').focus()">Skip to content</button>\n'
                 '<main id="main" tabindex="-1"><h1>Headline</h1></main>'),
    )
    correct = (
        _example('<a class="skip" href="#main">Skip to content</a>\n<header><a href="/">Home</a></header>\n<main id="main"><h1>Headline</h1></main>'),
        _example('<a href="#inhalt">Zum Inhalt springen</a><a href="/">Start</a>\n<main id="inhalt"><h1>Titel</h1></main>'),
        # (the Tab key passes over what the page's style sheet never displays)
        _example('<style>.ie-only { display: none; }</style>\n<p class="ie-only"><a href="https://browsehappy.com/">Upgrade your browser</a></p>\n'
                 '<a href="#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
    )

    def check(self, page, options):
        first = first_focusable(page)
        if first is None:
            return
        skips = skip_links(page, options)
        if any(link.element is first for link in skips):  # (a skip link later in the page may come first by its tabindex)
            return
        text = accessible_text(page, first)
        what = _field(page, first)
        href = (first.get("href") or "").strip() if first.tag == "a" else ""
        says_skip = bool(text) and matches(options["skip-text"], text)
        # (a text that is a skip link's whole phrase, "Skip to Main Content": not the "Go to" of a menu's button)
        says_where = says_skip and skips_to_a_place(text, options)
        fragment = own_fragment(page, href) if href else None
        known = bool(fragment) and (fragment in page.ids or unquote(fragment) in page.ids)
        if says_where and known:
            return  # a skip link that a script handles too (Politico's onclick that focuses #main): it leads there without one
        skip = skips[0].element if skips else None
        at = ":".join(map(str, page.position(skip))) if skip is not None else ""
        if (tab_index(first) or 0) > 0 and not says_skip:  # a positive tabindex puts it ahead of everything the page holds
            said = f'its tabindex="{first.get("tabindex").strip()}" puts it first in the Tab order'
            if skip is None:
                hint = f"{said}; remove the tabindex and {_skip_link_for(page, options, 'before it')}"
            elif page.order[skip] < page.order[first]:
                hint = f"{said}, ahead of the skip link at {at}; remove the tabindex"
            else:
                hint = f"{said}; remove the tabindex and move the skip link at {at} before it"
        elif skip is not None and page.order[skip] < page.order[first] and not reached(page, skip):
            hint = f"the skip link at {at} comes before it but takes no focus, hidden as it is; hide it visually until focused instead"
        elif skip is not None:
            hint = f"move the skip link at {at} before it"
        elif "#" in href and says_skip and fragment is None:
            # It says it skips, but names an address (Berliner Feuerwehr's "/aktuelles/nachrichten/#maincontent" below
            # <base href="https://www.berliner-feuerwehr.de/">): unless that is the address the page was loaded from,
            # following it loads a page.
            named = href.partition("#")[2]
            if own_address(page) is None:  # no canonical link or og:url: the page's own address is unknown
                hint = (f"it names an address ({quote(href, 60)}), not a place in this page; write href=\"#{named}\", "
                        "which moves the focus wherever the page is served from")
            else:
                hint = (f"it leads to {quote(href, 60)}, not to a place in this page; write href=\"#{named}\" "
                        "so that it moves the focus without loading a page")
        elif says_where and any(a is not first and a.get("href") for a in first.iter("a")):
            hint = (f"it holds a link, but its own tabindex=\"{(first.get('tabindex') or '').strip()}\" makes it a Tab stop ahead of "
                    "that link; remove the tabindex")
        elif says_where and fragment and not known:
            hint = f"it says it skips, but no element has id=\"{fragment}\"; give the content that id"
        elif says_where and (first.tag != "a" or not href):  # a button, a <div role="link">: a script moves the focus, if any
            role = (first.get("role") or "").strip()
            kind = f'<{first.tag} role="{role}">' if role and role != first.tag else f"<{first.tag}>"
            hint = (f"it says it skips, but it is {kind}, which skips only if a script makes it; make it a link to the content, "
                    f"<a href=\"#main\">{text if len(text) <= 40 else 'Skip to content'}</a>, which skips without one")
        elif says_where and fragment == "":
            hint = (f"it says it skips, but its href {quote(href, 60)} names no place in this page (an empty fragment is the "
                    "page's top); point it at the content, e.g. href=\"#main\"")
        else:
            hint = _skip_link_for(page, options, "before it")
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
    fix = "Give the target element the id the link names, or correct the link; a control a script handles is a <button>."
    wcag = ("2.4.1", "2.1.1")
    techniques = ("G1", "F87")
    incorrect = (_example('<a href="#main-content">Skip to content</a>\n<main id="content"><h1>Headline</h1></main>'),
                 _example('<div class="gallery"><a href="#prev"><span class="icon"></span></a><img src="a.jpg" alt="Aleppo at night">'
                          '<a href="#next"><span class="icon"></span></a></div>'))
    correct = (
        _example('<a href="#main-content">Skip to content</a>\n<main id="main-content"><h1>Headline</h1></main>'),
        _example('<a href="#top">Back to top</a> <a href="#TOP">Top</a> <a href="#">Menu</a> <a href="#/route">App</a> <a href="#comments/42">Reply</a> '
                 '<a href="#page=2">Next</a> <a href="#:~:text=Headline">Quote</a> '
                 '<a href="#x" role="button">Toggle</a> <a href="#y" onclick="go()">Go</a> '
                 '<a href="#fn1">1</a><a name="fn1"></a> <a href="#caf%C3%A9">Café</a><p id="café">x</p>'),
    )

    def check(self, page, options):
        for link in in_page_links(page):
            if link.target is None and link.unrendered is not None:
                box = next(a for a in link.unrendered.iterancestors() if a.tag in ("template", "noscript"))
                why = ("a <template>, whose content browsers never render" if box.tag == "template"
                       else "a <noscript>, whose content browsers read as text where scripts run")
                at = ":".join(map(str, page.position(link.unrendered)))
                attribute = "id" if link.unrendered.get("id") is not None else "name"
                said = f'{attribute}="{link.unrendered.get(attribute)}" is on the <{link.unrendered.tag}> at {at}, inside {why}'
                yield self.problem(link.element, f"in-page link to #{link.fragment} has no target: {said}; give the id to an "
                                                 "element the page shows, or correct the link")
            elif link.target is None:
                near = _near_miss(page, link.fragment)
                # A link that shows no words, nor a picture or a tooltip that names a place, and leads nowhere is most often a
                # control a script handles (a gallery's arrows, a menu's icon: <a href="#prev"><span class="icon"></span></a>),
                # which keyboards and screen readers take for a link to a place; not a heading's link to itself (GitHub's
                # octicon beside each heading of a README).
                shown = visible_text(link.element) or link.element.get("title") or any(img.get("alt") for img in link.element.iter("img"))
                in_heading = any(a.tag in ("h1", "h2", "h3", "h4", "h5", "h6") for a in link.element.iterancestors())
                control = "" if near or shown or in_heading else "; if a script handles it, make it a <button>"
                yield self.problem(
                    link.element,
                    f"in-page link to #{link.fragment} has no target: no element has id=\"{link.fragment}\"{near}; "
                    f"add the id to the target or correct the link{control}",
                )


def _skip_link_for(page: Page, options, where: str) -> str:
    """The advice to add a skip link ``where`` ("before it", "first"): to the id of the element the main content starts
    with, where it has one ("add <a href="#content">Skip to content</a> before it" for <main id="content">); else to a free
    id, and where to put it. Only where the content starts with a landmark or an <article> (or the configured
    content-selector), not in a box artlint guessed: there the advice is the general one."""
    selector = options.get("content-selector")
    start = content_element(page, selector)
    if start is None or not (selector or start.tag in ("main", "article") or start in mains(page)):
        return f'add <a href="#main">Skip to content</a> {where}'
    ident = start.get("id")
    if ident and ident.split() == [ident] and len(page.ids.get(ident, ())) == 1:
        return f'add <a href="#{ident}">Skip to content</a> {where}'
    free = next((name for name in ("main", "main-content", "content") if name not in page.ids), "skip-target")  # (not one in use)
    at = ":".join(map(str, page.position(start)))
    return f'add <a href="#{free}">Skip to content</a> {where}, and id="{free}" to the <{start.tag}> at {at}'


def _near_miss(page: Page, fragment: str) -> str:
    """Said after "no element has id=…": the id that differs from the fragment only in case, hyphens or underscores (ids
    match exactly), or a name attribute on an element other than <a> (only an <a>'s name is a fragment's target)."""
    def index(p: Page) -> tuple[dict[str, str], dict[str, etree._Element]]:
        """(the page's ids by their bare form, the first element other than <a> of each name): read once per page."""
        ids: dict[str, str] = {}
        for ident in p.ids:
            ids.setdefault(_bare_id(ident), ident)
        names: dict[str, etree._Element] = {}
        for el in p.elements:
            if "name" in el.attrib and el.tag != "a":
                names.setdefault(el.get("name"), el)
        return ids, names

    ids, names = page.memo("near_misses", index)
    ident = ids.get(_bare_id(fragment))
    if ident is not None and ident != fragment:
        el = page.ids[ident][0]
        how = "only in case" if ident.casefold() == fragment.casefold() else "in its hyphens and underscores"
        return f' (id="{ident}" on the <{el.tag}> at {":".join(map(str, page.position(el)))} differs {how})'
    named = names.get(fragment)
    if named is not None:
        at = ":".join(map(str, page.position(named)))
        return f' (name="{fragment}" is on the <{named.tag}> at {at}, but only an <a>\'s name is a target)'
    return ""


def _bare_id(text: str) -> str:
    return text.replace("-", "").replace("_", "").casefold()


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
            if link.target is None or not matches(options["content-text"], link.text):
                continue
            if matches(OTHER_PLACES, link.text):
                continue  # "Skip to main menu" promises the menu, "Skip to related content" a box
            if not target_ok(page, link.target, selector):
                line, column = page.position(link.target)
                ident = link.target.get("id")
                sharing = page.ids.get(ident, []) if ident else []
                meant = next((el for el in sharing[1:] if target_ok(page, el, selector)), None)
                if meant is not None:  # the template gave its content's element an id the page uses already
                    yield self.problem(
                        link.element,
                        f"skip link {quote(link.text, 40)} leads to <{link.target.tag}> at {line}:{column}, the first of "
                        f'{len(sharing)} elements with id="{ident}" (browsers go to the first), not to the content\'s '
                        f"<{meant.tag}> at {':'.join(map(str, page.position(meant)))}; give each element an id of its own",
                    )
                    continue
                start = content_element(page, selector)  # (named where it is a landmark, an <article> or the content-selector's, not a box artlint guessed)
                named = start is not None and (bool(selector) or start.tag in ("main", "article") or start in mains(page))
                role = ' role="main"' if named and start.tag not in ("main", "article") and start in mains(page) else ""
                where = f", the <{start.tag}{role}> at {':'.join(map(str, page.position(start)))}; point it there" if named \
                    else "; point it at the main element or the article"
                yield self.problem(
                    link.element,
                    f"skip link {quote(link.text, 40)} leads to <{link.target.tag}> at {line}:{column}, which is not the "
                    f"start of the main content{where}",
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
    fix = ("Remove hidden, aria-hidden, tabindex=\"-1\", inline display:none or a stylesheet's display:none for its class or id; "
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
            if (tab_index(el) or 0) < 0:
                reason = f'tabindex="{el.get("tabindex").strip()}" takes it out of the tab order'
            elif page.hidden_by_markup(el):  # (a box its class hides around the link is left to its script: see below)
                reason = _why_hidden(page, el)
            elif (hidden := page.undisplayed_by(el)) is not None:  # (its own class or id: a print style sheet hides skip
                # links rightly, and a box around the link hidden by its class is often shown by a script, as CityLab's
                # sticky "js-action-bar u-hidden")
                reason = f"the page's stylesheet sets {hidden} to display:none, and an element not displayed takes no focus"
            if reason:
                yield self.problem(el, f"skip link {quote(link.text, 40)} cannot be reached: {reason}; hide it visually until focused instead")


def _why_hidden(page: Page, el: etree._Element) -> str:
    """What hides a link from everyone, and where: the ``hidden`` attribute, aria-hidden="true" or an inline display:none or
    visibility:hidden, on the link or an ancestor."""
    found = page.what_hides(el, markup_only=True)
    if found is None:
        return "it is hidden"
    node, said = found
    where = "on it" if node is el else f"on its ancestor <{node.tag}> at {':'.join(map(str, page.position(node)))}"
    then = " from screen readers, though the Tab key still stops on it" if said == "aria-hidden" else \
        ", and an element not shown takes no focus" if said != "hidden" else ""
    return f"{hiding_named(said)} {where} hides it{then}"


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
        _example('<a href="#main">Start here!</a>\n<main id="main"><h1>Headline</h1></main>'),
    )
    correct = (_example('<a href="#main">Skip to content</a>\n<main id="main"><h1>Headline</h1></main>'),
               _example('<a href="#main">Zum Inhalt springen</a>\n<main id="main"><h1>Schlagzeile</h1></main>'))

    def check(self, page, options):
        first = first_focusable(page)
        for link in in_page_links(page):
            is_first = link.element is first
            points_at_content = is_content(page, link.target, options.get("content-selector"))
            if not (is_first or points_at_content):
                continue
            if link.text.strip().lower().rstrip(".!…") in _GENERIC:
                shown = f"“{link.text}”" if link.text else "no text"
                yield self.problem(link.element, f"skip link has {shown}; say where it goes, e.g. “Skip to content”")
            elif (is_first and points_at_content and not matches(options["skip-text"], link.text)
                  and not matches(options["content-text"], link.text)):
                # the first stop leads past the header to the content, but its words neither skip nor name the content
                yield self.problem(link.element, f"skip link {quote(link.text, 40)} does not say that it skips to the "
                                                 "content; say so, e.g. “Skip to content”")


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
            if not matches(options["section-text"], link.text):
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
        own = own_address(page)
        base = next((el for el in page.by_tag("base") if el.get("href")), None)
        if own is None or base is None:
            return
        resolved, address = own
        if address_key(resolved.partition("#")[0]) == address:
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
        if first is None or not any(link.element is first for link in skips):
            return  # (no skip link first: SKL001's)
        elsewhere = []
        for link in skips:
            if link.target is None or is_content(page, link.target, options.get("content-selector")) \
                    or matches(options["content-text"], link.text) or _BYPASSES.search(link.text) or not matches(OTHER_PLACES, link.text):
                return  # a link to the content, past the navigation, or to a place it does not name (or SKL002's, its target gone)
            elsewhere.append(link)
        start = content_start(page, options.get("content-selector"))
        links = {link.element for link in skips}
        passed = next((el for el in tab_order(page) if el not in links), None)
        if start is None or passed is None or page.order[passed] >= start:
            return  # nothing to pass before the content (Wikipedia writes its text before its menus)
        places = " and ".join(dict.fromkeys(quote(link.text, 30) for link in elsewhere))
        before = quote(accessible_text(page, passed) or f"<{passed.tag}>", 30)
        yield self.problem(first, f"the skip links ({places}) lead elsewhere, none to the content, and the Tab key meets {before} and more "
                                  f"before it; {_skip_link_for(page, options, 'first')}")


# Text that skips past the navigation to what follows it: "Skip navigation", "Skip the menu", "Navigation überspringen",
# "Passer la navigation", "Saltar la navegación".
_BYPASSES = lazy(r"^\W*(?:skip|bypass|passer|éviter|saltar|salta)\s+(?:the\s+|la\s+|le\s+|el\s+)?(?:main\s+|site\s+)?"
                 r"(?:navigation|nav|menu|menus|header|links|navegación|navegacion|navigazione)\b|überspringen\W*$", re.IGNORECASE)


class FocusOnLoad(Rule):
    code = "SKL009"
    name = "autofocus-on-load"
    family = FAMILY
    summary = "An element takes focus when the page loads (autofocus), past the skip link and the start of the page."
    rationale = (
        "Browsers move the focus to an element with autofocus as the page loads. Keyboard users start there, mid-page, and "
        "the Tab key goes on from it, past the skip link; screen readers start reading there, without the headline. A "
        "search or login field in the header is the usual cause."
    )
    fix = "Remove autofocus. Keep it for the first field of a <dialog>, where it moves the focus when the dialog opens."
    wcag = ("2.4.3", "2.4.1")
    severity = Severity.WARNING
    options = _OPTIONS
    incorrect = (
        _example('<a href="#main">Skip to content</a>\n<header><form role="search"><input name="q" aria-label="Search" autofocus>'
                 '</form></header>\n<main id="main"><h1>Headline</h1></main>'),
    )
    correct = (
        _example('<a href="#main">Skip to content</a>\n<header><form role="search"><input name="q" aria-label="Search"></form></header>\n'
                 '<main id="main"><h1>Headline</h1></main>'),
        # (a dialog's field takes the focus when the dialog opens, not when the page loads)
        _example('<a href="#main">Skip to content</a>\n<dialog id="login"><form method="dialog"><input name="email" aria-label="E-mail" '
                 'autofocus></form></dialog>\n<main id="main"><h1>Headline</h1></main>'),
    )

    def check(self, page, options):
        el = autofocused(page)
        if el is None or is_content(page, el, options.get("content-selector")):
            return  # (focus on the content's start is where a skip link leads)
        skips = [link.element for link in skip_links(page, options)]
        if el in skips:
            return
        what = _field(page, el)
        skip = next((s for s in skips if reached(page, s)), None)
        at = ":".join(map(str, page.position(skip))) if skip is not None else ""
        if skip is not None and page.order[skip] > page.order[el]:
            # the Tab key still meets the skip link after it, but reading starts at the field, not at the top of the page
            yield self.problem(el, f"{what} has autofocus: the focus lands on it when the page loads, before the skip link at {at}, "
                                   "so screen readers start there, not at the top of the page; remove autofocus")
            return
        passed = f"past the skip link at {at}" if skip is not None else "past everything before it"
        yield self.problem(el, f"{what} has autofocus: the focus lands on it when the page loads, {passed}, and the Tab key "
                               "goes on from there; remove autofocus")


_FIELDS = frozenset(("input", "select", "textarea"))


def _field(page: Page, el: etree._Element) -> str:
    """An element as a message names it: its tag and its name; a form field's name is its aria-label, its <label>, its
    title or, as browsers read it when nothing else names the field, its placeholder; a frame's, an <object>'s or an
    <embed>'s its aria-label or title; else its name attribute."""
    labelled = el.get("aria-labelledby") or el.get("aria-label")
    if el.tag in _FIELDS:
        ident = el.get("id")
        label = next((lab for lab in page.by_tag("label") if lab.get("for") == ident), None) if ident else None
        label = label if label is not None else next((a for a in el.iterancestors() if a.tag == "label"), None)
        text = (accessible_text(page, el) if labelled else "") \
            or (squash(visible_text(label)) if label is not None else "") or squash(el.get("title")) or squash(el.get("placeholder"))
    elif el.tag in ("iframe", "object", "embed"):  # (what they hold inside shows only where they cannot show what they name)
        text = (accessible_text(page, el) if labelled else "") or squash(el.get("title"))
    else:
        text = accessible_text(page, el)
    if text:
        return f"<{el.tag}> {quote(text, 40)}"
    name = (el.get("name") or "").strip()
    if name:
        return f'<{el.tag} name="{name}">'
    href = squash(el.get("href")) if el.tag in ("a", "area") else ""
    if href:  # (a link without a name: where it goes tells it from the page's others)
        return f'<{el.tag} href="{href if len(href) <= 60 else href[:59] + "…"}">'
    return f"<{el.tag}>"


RULES = [SkipLinkNotFirst, BrokenInPageLink, SkipLinkTarget, SkipLinkUnreachable, SkipLinkText, SkipSectionBackward, BaseLeavesPage,
         NoSkipToContent, FocusOnLoad]
