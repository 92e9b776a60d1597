"""A parsed page: the tree, the decoded text, positions and shared indexes.

Rules never walk the tree themselves for common facts: the indexes here are
built in one pass, the first time any rule asks for one of them.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from typing import NamedTuple

from lxml import etree

from . import locate
from .errors import InputError
from .lazyre import lazy
from .load import Decoded
from .text import in_svg

_PARSER_OPTIONS = {"encoding": "utf-8", "huge_tree": True, "remove_blank_text": False}
_DISPLAY_NONE = lazy(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CSS_IDENT = lazy(r"-?[_a-zA-Z][_a-zA-Z0-9-]*")
# The start of a tag, an end tag, a comment or a doctype: what any page holds, and JSON, CSS or plain text does not.
_A_TAG = lazy(r"<[A-Za-z!/?]")


_INDEXED_ATTRIBUTES = frozenset(("id", "role", "itemprop", "tabindex", "contenteditable", "aria-label", "title"))
# The attributes that name an element to screen readers besides its text (Page.named).
_NAMING_ATTRIBUTES = frozenset(("aria-label", "title"))
# The elements that show a raster image: <img>, and AMP's <amp-img>, which takes the same src and alt.
IMAGE_TAGS = ("img", "amp-img")
_FOCUSABLE_TAGS = frozenset(("a", "area", "button", "input", "select", "textarea", "iframe", "summary", "details", "embed", "object"))


class Page:
    """One HTML page, parsed once."""

    def __init__(self, path: str, decoded: Decoded, style: Display | None = None) -> None:
        self.path = path
        self.decoded = decoded
        # What the site's own style sheets, which the page links and the configuration names, say of display (see
        # read_style_sheets); the page's <style> elements follow them.
        self.style = style
        self.text = decoded.text
        if not _A_TAG.search(self.text):  # data, styles, a script or plain text named by mistake: no page to lint
            kind = " (it looks like JSON)" if self.text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[") else ""
            raise InputError(f"not an HTML page: it holds no tags{kind}", path)
        # The offsets of the end tags that browsers ignore and libxml2 may act on: the parser reads the page
        # without them (see _honour_browsers_end_tags).
        self.ignored_ends: frozenset[int] = frozenset()
        # The start tags that close themselves with a "/" browsers ignore ("<div/>"), their names by their offsets, and
        # the text the parser reads: the page's, with that "/" blanked (see _ignored_slashes).
        self.self_closed: dict[int, str] = _ignored_slashes(self.text)
        self.parsed_text = self.text
        if self.self_closed:
            self.parsed_text = _blank_slashes(self.text, self.self_closed)
        data = decoded.utf8 if decoded.utf8 and not self.self_closed else self.parsed_text.encode("utf-8", "surrogatepass")
        root, errors = _parse(data, path)
        if len(errors) >= _FULL_LOG or any(_end_tag_misread(error.message) for error in errors):
            root, errors = _honour_browsers_end_tags(self, root, errors)
        if root.getnext() is not None:
            _gather_after_the_end(root)
        _start_the_body_in_the_head(root)
        _gather_beside_the_body(root)
        _close_void_elements(root)
        invisible = any(ch in self.text for ch in _INVISIBLE_CHARS) or _INVISIBLE_REFERENCE.search(self.text) is not None
        decomposed = not self.text.isascii() and not unicodedata.is_normalized("NFC", self.text)
        if invisible or decomposed:
            _as_read(root, invisible, decomposed)
        self.root: etree._Element = root
        # Where the root's attributes were written, if the parser's root has no start tag of its own (it began at text
        # before the first <html>, a PHP warning say): the first <html> tag with attributes.
        self.root_tag: int | None = None
        self.parse_errors = [e for e in errors if e.type_name == "ERR_RESOURCE_LIMIT"]
        cut: set[str] = set()
        unclosed: set[str] = set()
        for error in errors:
            found = _STRAY_HEADING_END.match(error.message)
            if found is not None:
                cut.add(found.group(1))
            else:
                found = _IGNORED_END.match(error.message)
                if found is not None and found.group(1) in _ENDS_THROUGH:
                    unclosed.add(found.group(1))
        if _html_tags_add_to(root, self.text):
            _take_html_attributes(self)
        if unclosed:
            _close_what_browsers_close(self, unclosed)
        _close_at_block_starts(self)
        if cut:
            _mend_cut_headings(self, cut)

    # --- the shared indexes --------------------------------------------------------
    # One pass over the elements, the first time a rule asks for any index,
    # files every element by tag and by the few attributes rules look up
    # (id, role, tabindex, contenteditable). Rules share the result.

    @cached_property
    def elements(self) -> list[etree._Element]:
        """Every element in document order."""
        return list(self.root.iter(etree.Element))

    @cached_property
    def _index(self) -> tuple[dict, dict, dict, list, dict, list]:
        by_tag: dict[str, list[etree._Element]] = {}
        ids: dict[str, list[etree._Element]] = {}
        roles: dict[str, list[etree._Element]] = {}
        focus: list[etree._Element] = []
        itemprops: dict[str, list[etree._Element]] = {}
        named: list[etree._Element] = []
        for el in self.elements:
            tag = el.tag
            bucket = by_tag.get(tag)
            if bucket is None:
                by_tag[tag] = [el]
            else:
                bucket.append(el)
            focusable = tag in _FOCUSABLE_TAGS
            for name in el.keys():  # one call, then only the attributes that are indexed
                if name not in _INDEXED_ATTRIBUTES:
                    continue
                if name == "id":
                    ids.setdefault(el.get("id"), []).append(el)
                elif name == "role":
                    roles.setdefault(el.get("role").strip().lower(), []).append(el)
                elif name == "itemprop":
                    for prop in el.get("itemprop").split():
                        itemprops.setdefault(prop, []).append(el)
                elif name in _NAMING_ATTRIBUTES:
                    if not named or named[-1] is not el:
                        named.append(el)
                else:
                    focusable = True
            if focusable:
                focus.append(el)
        return by_tag, ids, roles, focus, itemprops, named

    def by_tag(self, tag: str) -> list[etree._Element]:
        """Elements of one tag, in document order."""
        return self._index[0].get(tag, [])

    def _tags(self, *tags: str) -> list[etree._Element]:
        found = [el for tag in tags for el in self.by_tag(tag)]
        return self.in_order(found) if len(tags) > 1 else found

    @cached_property
    def ids(self) -> dict[str, list[etree._Element]]:
        return self._index[1]

    @cached_property
    def headings(self) -> list[etree._Element]:
        """h1–h6 and role="heading", in document order."""
        found = [el for tag in ("h1", "h2", "h3", "h4", "h5", "h6") for el in self.by_tag(tag)]
        found += [el for el in self._index[2].get("heading", ()) if el.tag not in ("h1", "h2", "h3", "h4", "h5", "h6")]
        return self.in_order(found)

    @cached_property
    def images(self) -> list[etree._Element]:
        return self._tags(*IMAGE_TAGS, "svg", "picture", "area")

    @cached_property
    def links(self) -> list[etree._Element]:
        return self.by_tag("a")

    @cached_property
    def focusable(self) -> list[etree._Element]:
        return [el for el in self._index[3] if _focusable(el)]

    @cached_property
    def autofocus(self) -> list[etree._Element]:
        """Elements with an autofocus attribute that can take focus (see :func:`can_focus`), in document order."""
        return [el for el in self._index[3] if "autofocus" in el.attrib and can_focus(el)]

    @cached_property
    def named(self) -> list[etree._Element]:
        """Elements with an aria-label or a title, in document order."""
        return self._index[5]

    @cached_property
    def times(self) -> list[etree._Element]:
        """<time> elements, and AMP's <amp-timeago>, a <time> that a script shows as "2 hours ago" (The Independent's AMP pages)."""
        amp = self.by_tag("amp-timeago")
        return self.in_order([*self.by_tag("time"), *amp]) if amp else self.by_tag("time")

    @cached_property
    def metas(self) -> list[etree._Element]:
        return self.by_tag("meta")

    @cached_property
    def title(self) -> etree._Element | None:
        """The page's title element, as document.title reads it: the first <title> outside an SVG, in the head or, where
        the body started before it, in the body."""
        return next((t for t in self.by_tag("title") if not in_svg(t)), None)

    @cached_property
    def scripts(self) -> list[etree._Element]:
        return self.by_tag("script")

    @cached_property
    def inert(self) -> frozenset[etree._Element]:
        """Elements inside <noscript> or <template>: browsers with scripts never render them."""
        inert: set[etree._Element] = set()
        for el in self._tags("noscript", "template"):
            if el not in inert:  # (one inside another is in already, with all it holds)
                inert.update(el.iterdescendants())
        return frozenset(inert)

    @cached_property
    def _classes(self) -> dict[str, list[etree._Element]]:
        classes: dict[str, list[etree._Element]] = {}
        for el in self.elements:
            value = el.get("class")
            if value:
                for token in value.split():
                    classes.setdefault(token, []).append(el)
        return classes

    def with_class(self, *tokens: str) -> list[etree._Element]:
        """Elements with any of these class tokens, in document order."""
        classes = self.__dict__.get("_classes")
        if classes is None:
            if not any(token in self.text for token in tokens):
                return []  # a substring test of the text spares building the class index
            classes = self._classes
        found = {el for token in tokens for el in classes.get(token, ())}
        return self.in_order(found)

    def with_itemprop(self, prop: str) -> list[etree._Element]:
        """Elements whose itemprop names this property (microdata), in document order."""
        return self._index[4].get(prop, [])

    def with_role(self, role: str) -> list[etree._Element]:
        """Elements with an explicit role attribute."""
        return self._index[2].get(role, [])

    def in_order(self, elements) -> list[etree._Element]:
        """Elements sorted into document order."""
        position = self.order
        return sorted(elements, key=position.__getitem__)

    @cached_property
    def order(self) -> dict[etree._Element, int]:
        return {el: i for i, el in enumerate(self.elements)}

    def shows(self, el: etree._Element, wrappers: bool = False) -> bool:
        """Whether a reader meets the element: it or an element inside it shows text, or text follows it, or it holds a
        value for machines (a <time>, a <meta>, an image). An empty box (a spacer, an ad's slot before its script fills
        it, an icon's <i>) does not, nor does the drawing of an inline SVG (its shapes), nor a <picture> beside its image
        (a reader meets one), nor a script or a style sheet, nor an image in a <noscript> (a tracking pixel): a template
        that adds them between the headline and its date moves nothing a reader sees; nor does a box around one element
        with no words of its own (a <header> around the headline alone), which a reader meets as that element, unless
        ``wrappers`` (the byline's search, whose windows were measured with them). (Asked of the elements near the
        headline only, and kept.)"""
        known = self.__dict__.setdefault("_shows_wrapped" if wrappers else "_shows", {})
        said = known.get(el)
        if said is None:
            tail = el.tail
            alone = el.tag == "picture" if wrappers else _wraps_one(el)  # (a <picture> is its image: a reader meets one)
            said = known[el] = bool(tail and not tail.isspace() or not alone and _meets(el, el in self.inert))
        return said

    def read_after(self, el: etree._Element, count: int, wrappers: bool = False) -> Iterator[etree._Element]:
        """The next ``count`` elements a reader meets after el, in document order (see ``shows``)."""
        return self._read(el, count, 1, wrappers)

    def read_before(self, el: etree._Element, count: int, wrappers: bool = False) -> Iterator[etree._Element]:
        """The ``count`` elements a reader meets before el, nearest first (see ``shows``)."""
        return self._read(el, count, -1, wrappers)

    def read_beside(self, el: etree._Element, count: int, wrappers: bool = False) -> list[etree._Element]:
        """The ``count`` elements a reader meets on each side of el, nearest first, taking turns: the next, the previous,
        the one after the next… (see ``shows``)"""
        pairs = itertools.zip_longest(self.read_after(el, count, wrappers), self.read_before(el, count, wrappers))
        return [near for pair in pairs for near in pair if near is not None]

    def _read(self, el: etree._Element, count: int, step: int, wrappers: bool) -> Iterator[etree._Element]:
        elements, shows = self.elements, self.shows
        i, end = self.order[el] + step, (len(elements) if step > 0 else -1)
        while i != end and count > 0:
            if shows(elements[i], wrappers):
                yield elements[i]
                count -= 1
            i += step

    def rendered_from(self, start: int, count: int, step: int = 1) -> list[int]:
        """The indexes (in ``elements``) of ``count`` elements from index ``start`` on, forward (``step`` 1) or backward
        (-1), scripts, style sheets and what a <noscript> or a <template> holds not counted: browsers render none of
        them, so a template's ad scripts beside the headline push its section's label out of no window counted so."""
        elements, inert, out = self.elements, self.inert, []
        i = start
        while 0 <= i < len(elements) and len(out) < count:
            el = elements[i]
            if el.tag not in _NOT_RENDERED and el not in inert:
                out.append(i)
            i += step
        return out

    def distance(self, a: etree._Element, b: etree._Element, cap: int, wrappers: bool = False) -> int:
        """How many elements a reader meets from one element up to the other, the second included (see ``shows``): 1 from
        an element to the next that shows text, however many empty boxes stand between them. Counted up to ``cap``."""
        elements, shows = self.elements, self.shows
        lo, hi = sorted((self.order[a], self.order[b]))
        met = 0
        for i in range(lo + 1, hi + 1):
            if shows(elements[i], wrappers):
                met += 1
                if met >= cap:
                    break
        return met

    @cached_property
    def lang(self) -> str:
        return (self.root.get("lang") or "").strip()

    @cached_property
    def address(self) -> str | None:
        """The page's own absolute URL: the address it was fetched from, else its canonical
        link, else its og:url. None when the page does not say."""
        if self.path.startswith(("http://", "https://")):
            return self.path
        for el in self.by_tag("link"):
            href = (el.get("href") or "").strip()
            if "canonical" in (el.get("rel") or "").lower().split() and href.startswith(("http://", "https://")):
                return href
        og = self.meta("og:url")
        url = (og.get("content") or "").strip() if og is not None else ""
        return url if url.startswith(("http://", "https://")) else None

    def meta(self, key: str) -> etree._Element | None:
        """The first <meta> whose property or name is ``key``."""
        for el in self.metas:
            if el.get("property") == key or el.get("name") == key:
                return el
        return None

    def meta_said(self, key: str) -> str:
        """What the first <meta> of that key says: its content, or its value as some pages write it
        (<meta name="article:published_time" value="…">), stripped; "" when there is none."""
        el = self.meta(key)
        return (el.get("content") or el.get("value") or "").strip() if el is not None else ""

    def release(self) -> None:
        """Drop the tree and every cache. Rules' caches refer back to the page, so
        without this each page would wait for the cycle collector, and a run over
        thousands of pages would hold many trees at once."""
        path = self.path
        self.__dict__.clear()
        self.path = path

    def memo(self, key: str, factory):
        """A per-page value shared by rules, computed once: ``page.memo("headings", fn)``."""
        store = self.__dict__.setdefault("_memo", {})
        if key not in store:
            store[key] = factory(self)
        return store[key]

    # --- visibility -------------------------------------------------------------------

    def is_hidden(self, el: etree._Element) -> bool:
        """Hidden from everyone, here or above: by the markup (``hidden_by_markup``) or by a class or id that the page's
        style sheets never display (``undisplayed``)."""
        return self.walk_up(el, "hidden", self._hides if self.undisplayed_names or self.selector_undisplayed else _hides)

    def _hides(self, node: etree._Element) -> bool | None:
        """``_hides``, and a class or id of node's own that the style sheets never display (not <html>'s nor <body>'s)."""
        if _hides(node) or node.tag not in ("html", "body") and self.undisplayed_by(node) is not None:
            return True
        return None

    def what_hides(self, el: etree._Element, markup_only: bool = False) -> tuple[etree._Element, str] | None:
        """What hides el, and on which element, el or an ancestor: ``hiding``'s answer ("hidden", "aria-hidden",
        "display:none", "visibility:hidden"), or, unless ``markup_only``, the class, id or selector by which the style
        sheets never display it (".name", "#name", ".box h1": see ``undisplayed_by``; not <html>'s nor <body>'s). None
        when nothing does."""
        for node in (el, *el.iterancestors()):
            said = hiding(node)
            if said is None and not markup_only and node.tag not in ("html", "body"):
                said = self.undisplayed_by(node)
            if said is not None:
                return node, said
        return None

    def hidden_by_markup(self, el: etree._Element) -> bool:
        """Hidden from everyone by attributes, here or above: ``hidden``, ``aria-hidden="true"`` or an inline display:none
        or visibility:hidden (``hiding`` says which)."""
        return self.walk_up(el, "hidden-by-markup", _hides)

    @cached_property
    def screen_css(self) -> list[tuple[str, bool]]:
        """The text of the page's own style sheets for screens (its first 50 <style> elements; a sheet for print is left
        out, and so is one in a <noscript>, which applies only where scripts do not run: lazy-loading plugins write
        ``<noscript><style>.lazyload{display:none}</style></noscript>`` for the <noscript> copy to stand in), each with
        whether it is critical CSS: the rules for the first screen, inlined until the whole style sheet has loaded, which
        may display what they hide (mein-schoener-garten.de's <style id="critical-css"> sets the article's body to
        display:none)."""
        sheets = [(css_text(style), _CRITICAL_CSS.search(f'{style.get("id", "")} {style.get("class", "")}') is not None)
                  for style in self.by_tag("style")[:50]
                  if style.text and style not in self.inert
                  and (style.get("media") or "all").strip().lower() in ("all", "screen", "")]
        return [(css, critical) for css, critical in sheets if css]

    @cached_property
    def undisplayed_names(self) -> frozenset[str]:
        """The classes (".name") and ids ("#name") that the page's style sheets never display: a rule of that class or id
        alone, outside any @media or other block and outside critical CSS, sets display:none, and no rule anywhere (in a
        @media block or not, with more in its selector or not) sets another display for an element of that name, the
        selector's subject. A rule for its :focus or :hover does not count (an element not displayed is never focused),
        nor one for a ::before or ::after, nor one that no screen applies (@media print, Internet Explorer's
        -ms-high-contrast). Mobile first: a class hidden at the top level and shown from some width on is displayed."""
        hidden, shown = self._display.hidden, self._display.shown
        return frozenset(name for name in hidden if _bare(name) not in shown) if hidden else frozenset()

    @cached_property
    def _display(self) -> Display:
        display = self.style.copy() if self.style is not None else Display()
        for css, critical in self.screen_css:
            if "display" in css:
                _scan_display(css, display, critical)
        return display

    def undisplayed_by(self, node: etree._Element) -> str | None:
        """The class or id (".name", "#name") of node's own by which the page's style sheets never display it; None when
        they display it. Another class of its own (or its id) displays it when a rule inside a @media block displays that
        (Tailwind's "hidden lg:flex" and Bootstrap's "d-none d-md-block" show from some width on), or when a top-level rule
        of that name alone displays it and wins the cascade: !important first, then an id over a class, then the later
        rule (PrimeFlex's ".block" comes after its ".hidden", so gothamist.com's "block hidden" is displayed). Its own
        style attribute displays it unless the sheet's rule is !important and the attribute's is not (elnuevodia.com's
        header, style="display:block", of a class the sheet hides)."""
        names, display = self.undisplayed_names, self._display
        found = _named_by(node, names, display.typed) if names else None
        if found is None:
            return self.selector_undisplayed.get(node) if self.selector_undisplayed else None
        own = _own_names(node)
        if display.typed and isinstance(node.tag, str):
            own += [node.tag + name for name in own]
        if len(own) == 1:
            winner = (display.hidden[found], found)
        else:
            if any(name in display.within for name in own):
                return None
            winner = max(((display.hidden[name], name) for name in own if name in names), key=_cascade)
            if any(name in display.alone and _cascade((display.alone[name], name)) > _cascade(winner) for name in own):
                return None
        if "style" in node.attrib and _displayed_inline(node.get("style"), winner[0][0]):
            return None
        return winner[1]

    @cached_property
    def selector_undisplayed(self) -> dict[etree._Element, str]:
        """The elements a top-level rule of more than one compound selector sets to display:none (".sharedaddy h3.sd-title",
        ".top-bar-nav .widget > .widget-title"), each with the rule's selector, where no rule displays them: none whose
        selector matches them (its :hover, :focus, ".active" and other states taken as met, from any width on; one that
        cssselect cannot read is taken to match), and not their own style attribute. A rule that displays their class
        elsewhere (".sidebar .widget-title") does not. Selectors with a pseudo-class are not read as hiding, nor those
        for pages without scripts (".no-js img.lazyload")."""
        display = self._display
        if not display.complex:
            return {}
        hidden: dict[etree._Element, str] = {}
        important: set[etree._Element] = set()
        matched: dict[str, frozenset[etree._Element]] = {}
        for selector, forced in display.complex:
            for el in self._selected(selector, matched):
                if isinstance(el.tag, str) and el not in hidden:
                    hidden[el] = selector
                if forced:
                    important.add(el)
        for el in list(hidden):
            names = _own_names(el)
            if "style" in el.attrib and _displayed_inline(el.get("style"), el in important):
                del hidden[el]
                continue
            for key in (el.tag, "*", *names):
                if any(_matches(el, shown, matched, self.root) for shown in display.showing.get(key, ())):
                    del hidden[el]
                    break
        return hidden

    def _selected(self, selector: str, matched: dict[str, frozenset[etree._Element]]) -> Iterable[etree._Element]:
        """The elements a selector matches: for one of types, classes, ids and combinators, those of its subject's class, id
        or type that it matches (none when a class or id it names is nowhere in the page); for any other, cssselect's."""
        compounds = _parsed(selector)
        if compounds is None:
            return _matching(matched, self.root, selector)
        classes, ids = self._classes, self.ids
        if any(name not in classes for compound in compounds for name in compound[1]) or \
                any(compound[2] and compound[2] not in ids for compound in compounds):
            return ()
        tag, names, ident, _ = compounds[-1]
        pool = classes[names[0]] if names else ids[ident] if ident else self.by_tag(tag) if tag else self.elements
        last, known = len(compounds) - 1, {}
        return [el for el in pool if _match_from(el, compounds, last, known)]

    def undisplayed(self, el: etree._Element) -> str | None:
        """The class or id (".name", "#name") by which the page's style sheets never display el or an ancestor (not
        <html> nor <body>, which a page hides until a script has run): see ``undisplayed_by``; None when they display
        it."""
        if not self.undisplayed_names and not self.selector_undisplayed:
            return None
        for node in (el, *el.iterancestors()):
            if node.tag in ("html", "body"):
                break
            found = self.undisplayed_by(node)
            if found is not None:
                return found
        return None

    def walk_up(self, el: etree._Element | None, name: str, decide) -> bool:
        """The first answer ``decide`` gives for el or an ancestor (True or False; None
        walks on), False at the root. Answers are cached per node under ``name``, so
        asking for every element of a page costs one walk."""
        cache: dict[etree._Element, bool] = self.__dict__.setdefault("_walks", {}).setdefault(name, {})
        chain = []
        node = el
        result = False
        while node is not None:
            known = cache.get(node)
            if known is not None:
                result = known
                break
            chain.append(node)
            answer = decide(node)
            if answer is not None:
                result = answer
                break
            node = node.getparent()
        for n in chain:
            cache[n] = result
        return result

    # --- positions ----------------------------------------------------------------

    @cached_property
    def lines(self) -> locate.LineIndex:
        return locate.LineIndex(self.text)

    @cached_property
    def end_tag_replay(self) -> _Replay:
        """The </li> end tags that browsers ignore, where each item ends, and the end tags that browsers honour through
        open <div>s (see _replay_end_tags)."""
        return _replay_end_tags(self.parsed_text)

    @cached_property
    def _scanner(self) -> locate.Scanner:
        return locate.Scanner(self.parsed_text)

    @cached_property
    def tokens(self) -> locate.Tokens:
        """Every start tag and comment of the page (the whole text tokenized)."""
        return self._scanner.finish()

    @cached_property
    def _aligner(self) -> locate.Aligner:
        return locate.Aligner(self._scanner, self.elements, self.lines)

    @cached_property
    def _offsets(self) -> dict[etree._Element, int | None]:
        """Every element's start-tag offset."""
        aligner = self._aligner
        aligner.upto(len(self.elements) - 1)
        return dict(zip(self.elements, aligner.result))

    @cached_property
    def start_offsets(self) -> list[int]:
        """Every element's start-tag offset, in document order (an element the parser invented at its nearest real
        ancestor's), for a search by offset."""
        return [self.offset(el) for el in self.elements]

    def offset(self, el: etree._Element | None) -> int:
        """The offset of the element's start tag, or of its nearest real ancestor (the root's: see root_tag).
        Only the part of the page up to the element is tokenized."""
        aligner = self._aligner
        result = aligner.result
        order = self.order
        node = el
        while node is not None:
            index = order.get(node)
            if index is not None:
                if index >= len(result):
                    aligner.upto(index)
                found = result[index]
                if found is not None:
                    return found
            if node is self.root and self.root_tag is not None:
                return self.root_tag
            node = node.getparent()
        return 0

    def parser_offset(self, line: int, column: int) -> int:
        """The offset of a 1-based line and column as the parser reports them (clamped to the text)."""
        return min(self.lines.parser_offset(line, column), len(self.text))

    def position(self, el: etree._Element | None) -> tuple[int, int]:
        return self.lines.position(self.offset(el))

    @cached_property
    def _element_at(self) -> dict[int, etree._Element]:
        return {off: el for el, off in self._offsets.items() if off is not None}

    def element_at(self, offset: int) -> etree._Element | None:
        """The element whose start tag begins exactly at ``offset``."""
        return self._element_at.get(offset)

    def next_element(self, offset: int) -> etree._Element | None:
        """The first element whose start tag begins at or after ``offset``."""
        import bisect

        tokens = self.tokens
        i = bisect.bisect_left(tokens.offsets, offset)
        while i < len(tokens.offsets):
            el = self._element_at.get(tokens.offsets[i])
            if el is not None:
                return el
            i += 1
        return None

    # --- selectors ------------------------------------------------------------

    def _of_type(self, parent: etree._Element) -> dict[etree._Element, tuple[int, int]]:
        """Each child's place among the siblings of its tag, and how many there are (once per parent:
        a page with thousands of findings among thousands of siblings stays linear)."""
        cache = self.__dict__.setdefault("_of_type_cache", {})
        places = cache.get(parent)
        if places is None:
            counts: dict[object, int] = {}
            nth = {}
            for child in parent:
                nth[child] = counts[child.tag] = counts.get(child.tag, 0) + 1
            places = cache[parent] = {child: (n, counts[child.tag]) for child, n in nth.items()}
        return places

    def selector(self, el: etree._Element) -> str:
        """A CSS selector that matches exactly this element in the page: from the nearest ancestor
        with a unique id, else from the root, which is "html" whatever its id (a finding at the page's
        start has that selector on every page). Selectors are kept per element, so the findings of
        a deep page share their ancestors' part."""
        known: dict[etree._Element, str] = self.__dict__.setdefault("_selectors", {})
        chain: list[tuple[etree._Element, str]] = []
        node = el
        start = ""
        while node is not None:
            found = known.get(node)
            if found is not None:
                start = found
                break
            ident = node.get("id")
            parent = node.getparent()
            if ident and parent is not None and len(self.ids.get(ident, ())) == 1:  # (the root is "html", id or not)
                known[node] = start = "#" + css_escape(ident)
                break
            name = css_escape(node.tag)
            if parent is None:
                known[node] = start = name
                break
            nth, count = self._of_type(parent)[node]
            chain.append((node, name if count == 1 else f"{name}:nth-of-type({nth})"))
            node = parent
        for node, part in reversed(chain):
            start = known[node] = f"{start} > {part}"
        return start


# The "/>" that most pages write: after a void element (<br/>, <img/>, <meta/>) or an SVG shape.
_SELF_CLOSING = frozenset(("area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr "
                           "path circle rect line polyline polygon ellipse use stop g image mask symbol defs mpath set").split())
_SLASH_GT = lazy(r"/>")
_TAG_NAME = lazy(r"<([a-zA-Z][^\t\n\f\r />]*+)")


def _ignored_slashes(text: str) -> dict[int, str]:
    """The names, by their offsets, of the start tags of HTML elements that are not void and close themselves with "/>" ("<div
    class="ad"/>", '<i class="fa" aria-hidden="true"/>', '<script src="a.js"/>'): browsers ignore the "/", so the element
    stays open and holds what follows, as after "<div>" (a script or a title takes the text up to its end tag); libxml2
    takes it for an empty element. SVG's and MathML's elements close so, inside <svg> and <math>. Looked for cheaply
    first, as most pages' "/>" end a void element or an SVG shape; only a page with another one is tokenized."""
    rfind = text.rfind
    for found in _SLASH_GT.finditer(text):
        name = _TAG_NAME.match(text, rfind("<", 0, found.start()))
        if name is not None and name.group(1).lower() not in _SELF_CLOSING:
            break
    else:
        return {}
    closed = {}
    foreign = 0
    for at, name, is_end, closes_itself in locate.tags(text):
        if name in ("svg", "math"):
            if is_end:
                foreign = max(foreign - 1, 0)
            elif not closes_itself:
                foreign += 1
        elif closes_itself and not foreign and name not in _VOID:
            closed[at] = name
    return closed


def _blank_slashes(text: str, starts: Iterable[int]) -> str:
    """The text with the "/" that ends each of these start tags made a space: the same length, so offsets, lines and
    columns hold."""
    parts = []
    last = 0
    for start in starts:
        slash = locate.tag_end(text, start) - 2
        parts.append(text[last:slash])
        parts.append(" ")
        last = slash + 1
    parts.append(text[last:])
    return "".join(parts)


def _parse(data: bytes, path: str) -> tuple[etree._Element, etree._ListErrorLog]:
    parser = etree.HTMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse the page: {exc}", path) from None
    if root is None:
        raise InputError("the page contains no HTML elements", path)
    return root, parser.error_log


# libxml2's error log ends at this many errors.
_FULL_LOG = 100
# What libxml2 reports after it closed a list at an </li> that browsers ignore: the list's own end tag, and the
# item's, then find nothing open to close, or an element open that they may not close.
_LIST_END_ERROR = lazy(r"Unexpected end tag : (?:li|ul|ol)$|Opening and ending tag mismatch: (?:li|ul|ol) and ")


def _end_tag_misread(message: str) -> bool:
    """Whether a parse error may come from an end tag that libxml2 reads otherwise than browsers: a list's or an item's
    (see _honour_browsers_end_tags), or one it ignored because a <div> was open inside its element (a <section>'s, a
    <noscript>'s…)."""
    if _LIST_END_ERROR.match(message):
        return True
    found = _IGNORED_END.match(message)
    return found is not None and found.group(1) in _ENDS_THROUGH


def _honour_browsers_end_tags(page: Page, root: etree._Element,
                              errors: etree._ListErrorLog) -> tuple[etree._Element, etree._ListErrorLog]:
    """Read the page's end tags as browsers do, where libxml2 reads them otherwise; the page is parsed again with each
    such end tag changed. Only pages whose parse reported a list's, an item's or a closing end tag as stray come here,
    and those whose parse filled libxml2's log (100 errors), which tells no more.

    - An </li> while a list is open inside the item closes nothing in browsers (the item is not in list-item scope).
      libxml2 closes the list and the item there, so the rest of the list's items land a level up, and the list's own
      </ul> closes the list around it: on falstaff.de 100 items of its submenus stood in <nav>, outside any list. The
      page is read without it (its line breaks stay, so libxml2's lines still match the page's).
    - An end tag of a <section>, an <article>, an <li>… closes its element in browsers through the <div>s still open
      inside it. libxml2 ignores it (it ranks a <div> above them, by HTML 4's rules), and then spends the end tags that
      follow on the inner <div>s: on fogsmagazin.com a section's </section> was ignored, the popup's two </div> after it
      closed the section's inner boxes, and the rest of the page, footer and all, stood inside the popup. So does a
      </noscript>, whose content browsers read as text where scripts run. The page is read with a </div> for each
      inner box before the end tag (no line break, so libxml2's lines still match)."""
    ignored, _, through = page.end_tag_replay
    if not ignored and not through:
        return root, errors
    page.ignored_ends = frozenset(ignored)
    text = page.parsed_text
    parts = []
    last = 0
    for at in sorted((*ignored, *through)):
        parts.append(text[last:at])
        if at in through:
            parts.append("</div>" * through[at])
            last = at
        else:
            stop = text.find(">", at) + 1
            parts.append(_line_breaks(text[at:stop]))
            last = stop
    parts.append(text[last:])
    return _parse("".join(parts).encode("utf-8", "surrogatepass"), page.path)


def _line_breaks(text: str) -> str:
    return "".join(char for char in text if char in "\r\n")


# Browsers' tree building, as far as it decides which elements are open at an end tag.
_VOID = frozenset("area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr".split())
_SPECIAL = frozenset(
    "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd "
    "details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header "
    "hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object "
    "ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot "
    "th thead title tr track ul wbr xmp".split())
_FORMATTING = frozenset("a b big code em font i nobr s small strike strong tt u".split())
# What an item's start tag closes the open item through: anything but the special elements other than these.
_ITEM_STOPS = _SPECIAL - {"address", "div", "p"}
_TABLE_PARTS = {"td": ("tr", "tbody", "thead", "tfoot", "table"), "th": ("tr", "tbody", "thead", "tfoot", "table"),
                "tr": ("tbody", "thead", "tfoot", "table"), "tbody": ("table",), "thead": ("table",), "tfoot": ("table",)}


class _Replay(NamedTuple):
    ignored: list[int]  # the offsets of the </li> that browsers ignore
    item_ends: dict[int, int]  # where each item's end tag stands, by the offset of its start tag
    through: dict[int, int]  # the end tags that browsers honour through open <div>s: how many, by the end tag's offset


def _replay_end_tags(text: str) -> _Replay:
    """Replay the page's tokens on a stack of open elements, by browsers' rules for what each start and end tag opens
    and closes, as far as they matter to list items and to the end tags that close their element through what is open
    inside it. Gives the offsets of the </li> end tags that browsers ignore (those read while a list, or a table, an
    object…, is open inside the innermost open item); for each item the offset of the end tag that closes it, by its
    start tag's offset (none for an item that the next one or its list's end closes); and for each end tag of
    _ENDS_THROUGH that closes its element while a <div> is open inside it, the number of such <div>s."""
    ignored: list[int] = []
    item_ends: dict[int, int] = {}
    through: dict[int, int] = {}
    open_ = _OpenElements()
    for at, name, is_end, self_closing in locate.tags(text):
        if not is_end:
            open_.start(name, at, self_closing)
            continue
        if name == "li":
            k = open_.in_scope(("li",), open_.list_scope)
            if k is None:
                if open_.where["li"]:
                    ignored.append(at)
                continue
            item_ends[open_.starts[k]] = at
        elif name in ("html", "head", "body", "br"):
            continue
        elif name == "form":  # takes the form out and leaves what it holds open (HTML's "form" end tag)
            k = open_.in_scope(("form",), open_.scope)
            if k is not None:
                open_.remove(k)
            continue
        elif name == "noscript":  # ends its raw text where scripts run, whatever it seemed to open
            k = open_.innermost(("noscript",))
            if k is None:
                continue
        elif name in _CLOSE_IN_SCOPE or name in _FORMATTING:
            k = open_.in_scope(_HEADINGS if name in _HEADINGS else (name,), open_.scope)
            if k is None:
                continue
            if name in _FORMATTING:
                open_.remove(k)  # (the adoption agency keeps what stands above it open)
                continue
        else:  # closes its element only through elements that are not special
            k = open_.in_scope((name,), open_.special)
            if k is None:
                continue
        if name in _ENDS_THROUGH:
            divs = open_.where["div"]
            if divs and divs[-1] > k:
                through[at] = len(divs) - bisect.bisect_right(divs, k)
        open_.close(k)
    return _Replay(ignored, item_ends, through)


class _OpenElements:
    """A stack of open elements that finds the innermost one of a name, and whether a boundary stands above it, in
    constant time: a page that opens 20,000 <span> and ends as many <b> must not cost 20,000 steps an end tag."""

    __slots__ = ("names", "starts", "where", "scope", "list_scope", "special", "stops")

    def __init__(self) -> None:
        self.names: list[str | None] = []  # (None: an element the adoption agency took out)
        self.starts: list[int] = []
        self.where: defaultdict[str, list[int]] = defaultdict(list)  # the places of the open elements of each name
        # The places of the elements that bound a scope, a list item's scope, an end tag's walk, and an item's
        # start tag's walk.
        self.scope: list[int] = []
        self.list_scope: list[int] = []
        self.special: list[int] = []
        self.stops: list[int] = []

    def start(self, name: str, at: int, self_closing: bool) -> None:
        if name not in _SPECIAL and not self_closing:  # (most elements: a <span>, an <a>) closes nothing, bounds nothing
            self.where[name].append(len(self.names))
            self.names.append(name)
            self.starts.append(at)
            return
        if name in _VOID or name in ("html", "head", "body") or self_closing and (self.where["svg"] or self.where["math"]):
            return
        k = None
        if name in ("li", "dd", "dt"):  # closes the open item of its kind, unless a special element stands above it
            k = self.in_scope(("li",) if name == "li" else ("dd", "dt"), self.stops)
        elif name in _TABLE_PARTS:  # closes what is open in the table's part it belongs in
            k = self.innermost(_TABLE_PARTS[name])
            k = None if k is None else k + 1
        elif name in _HEADINGS and self.names and self.names[-1] in _HEADINGS:
            k = len(self.names) - 1
        if k is not None:
            self.close(k)
        k = len(self.names)
        self.names.append(name)
        self.starts.append(at)
        self.where[name].append(k)
        if name in _SPECIAL:  # (every boundary is special)
            for places, kind in ((self.scope, _SCOPE), (self.list_scope, _LIST_ITEM_SCOPE), (self.special, _SPECIAL),
                                 (self.stops, _ITEM_STOPS)):
                if name in kind:
                    places.append(k)

    def innermost(self, names) -> int | None:
        if len(names) == 1:
            places = self.where[names[0]]
            return places[-1] if places else None
        return max((self.where[name][-1] for name in names if self.where[name]), default=None)

    def in_scope(self, names, boundaries: list[int]) -> int | None:
        """The place of the innermost open element of the names, if no boundary stands above it."""
        k = self.innermost(names)
        return None if k is None or boundaries and boundaries[-1] > k else k

    def close(self, k: int) -> None:
        """Close the element at place k and every one above it."""
        for name in self.names[k:]:
            if name is not None:
                self.where[name].pop()
        del self.names[k:], self.starts[k:]
        for places in (self.scope, self.list_scope, self.special, self.stops):
            while places and places[-1] >= k:
                places.pop()

    def remove(self, k: int) -> None:
        """Take out the element at place k, the innermost of its name, leaving what stands above it open."""
        name = self.names[k]
        self.where[name].pop()
        self.names[k] = None
        if name in _SPECIAL:  # (a form: it bounds an end tag's walk and an item's start tag's)
            for places in (self.scope, self.list_scope, self.special, self.stops):
                i = bisect.bisect_left(places, k)
                if i < len(places) and places[i] == k:
                    del places[i]
        while self.names and self.names[-1] is None:
            self.names.pop()
            self.starts.pop()


def _gather_after_the_end(root: etree._Element) -> None:
    """What a page writes after </html> (an analytics script, a breadcrumb a template appended): libxml2 opens another
    <html> beside the document's, out of every walk from its root; browsers put it at the end of the body (and give the
    root its attributes: see _take_html_attributes)."""
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    extra = root.getnext()
    while extra is not None:
        if isinstance(extra.tag, str):
            _append_text(body, extra.text)
            for part in list(extra):
                if part.tag in ("head", "body"):  # what libxml2 filed in them is the body's too
                    _append_text(body, part.text)
                    for child in list(part):
                        body.append(child)  # moves the child, with its tail
                    _append_text(body, part.tail)
                else:
                    body.append(part)
        extra = extra.getnext()


# What browsers put in the head when a page writes it between </head> and <body> (HTML's "after head" insertion mode).
_HEAD_CONTENT = frozenset(("base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title"))


# What stays in the head in browsers (HTML's "in head" insertion mode); any other element starts the body.
_IN_HEAD = _HEAD_CONTENT | {"noscript"}


def _start_the_body_in_the_head(root: etree._Element) -> None:
    """libxml2 keeps an element that belongs in the body in the head when it does not know it as one that starts the body
    (an <input>, <svg>, <button>, <picture>, <ins>, <video>, a custom element such as <phoenix-script>…), and the head
    goes on after it; browsers start the body there, so it and all that follows it, the <title>, <meta> and <link> tags
    too, are the body's. They move to the start of the body, in their order, with what stands between </head> and <body>,
    so the elements' order, and the positions aligned by it, stay as they were."""
    head = root.find("head")
    if head is None:
        return
    first = next((child for child in head if isinstance(child.tag, str) and child.tag not in _IN_HEAD), None)
    if first is None:
        return
    moving = [first, *first.itersiblings()]
    between = list(head.itersiblings())
    body = next((node for node in between if node.tag == "body"), None)
    if body is None:  # (a page with nothing else)
        body = etree.Element("body")
        head.addnext(body)
    else:
        moving += between[:between.index(body)]
    text, body.text = body.text, None
    for at, node in enumerate(moving):
        body.insert(at, node)  # (moves the node, with its tail)
    _set_tail(moving[-1], (moving[-1].tail or "") + (text or ""))


def _gather_beside_the_body(root: etree._Element) -> None:
    """What libxml2 puts in the root beside the body, browsers put in the head or the body: a script, a style sheet or a
    meta tag between </head> and <body> goes in the head (an element of another kind would start the body there, as it
    does in libxml2), and what follows </body> (scripts, an iframe, an ad's box) goes in the body, as libxml2 closes
    every element at </body> and browsers none. Each moves to the end of its box, so the order of the elements, and the
    positions aligned by it, stay as they were. Comments stay in the root, as browsers keep a comment there until an
    element follows </body>."""
    head = body = None
    for child in root:
        if child.tag == "head" and head is None:
            head = child
        elif child.tag == "body":
            body = child
            break
    if body is None:
        return
    before = []
    node = body.getprevious()
    while node is not None and node is not head:
        if isinstance(node.tag, str):
            before.append(node)
        node = node.getprevious()
    if head is not None and before and all(node.tag in _HEAD_CONTENT for node in before):
        for node in reversed(before):
            head.append(node)  # (with its tail)
    node = body.getnext()
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext()
    while node is not None:
        after = node.getnext()
        body.append(node)
        node = after


_HTML_TAG = lazy(r"<html[\t\n\f\r />]", re.IGNORECASE)
# Where browsers ignore an <html> start tag's attributes: in a template, as an element of SVG or MathML, or in a
# <noscript>, whose content is text where scripts run.
_NO_HTML_ATTRIBUTES = ("template", "svg", "math", "noscript")
# The attributes the root takes at most: libxml2 searches an element's attributes one by one, so a page that repeats
# <html> with ever new ones (20,000 in half a megabyte) would take seconds to build; real pages give it a handful.
_MOST_ROOT_ATTRIBUTES = 100


def _take_html_attributes(page: Page) -> None:
    """Browsers give the root element each attribute of every <html> start tag that it lacks yet, the first one
    written winning: the lang of an <html> after a PHP warning that began the page, or of one a template repeats.
    libxml2 drops all attributes of an <html> it finds misplaced, and keeps those of one after </html> out of the root."""
    tokens = page.tokens
    text = page.text
    root = page.root
    ignored = [span for tag in _NO_HTML_ATTRIBUTES for span in _end_tags(page, tag).items()]
    has = set(root.keys())
    for offset, name in zip(tokens.offsets, tokens.names):
        if name != "html" or any(start < offset < end for start, end in ignored):
            continue
        attributes = _attributes_of(text[offset:locate.tag_end(text, offset)])
        if page.root_tag is None and attributes:
            page.root_tag = offset
        for key, value in attributes:
            if key in has or len(has) >= _MOST_ROOT_ATTRIBUTES:
                continue
            has.add(key)
            try:
                root.set(key, _NOT_SETTABLE.sub("\ufffd", value))  # (a character lxml will not set becomes U+FFFD)
            except ValueError:  # a name lxml reads as a namespace's ("{x}"), or one with a control character: no rule reads it
                continue


def _html_tags_add_to(root: etree._Element, text: str) -> bool:
    """Whether an <html> start tag in the text has an attribute the root lacks: one libxml2 may have dropped. Found in
    the text, as its error log ends at 100 errors; a tag in a comment or a script counts here (each tag read once, however
    often a page repeats it), and _take_html_attributes reads the tokens."""
    seen: set[str] = set()
    for found in _HTML_TAG.finditer(text):
        tag = text[found.start():locate.tag_end(text, found.start())]
        if tag in seen:
            continue
        seen.add(tag)
        try:
            if any(key not in root.attrib for key, _ in _attributes_of(tag)):
                return True
        except ValueError:  # a name lxml reads as a namespace's ("{x}")
            return True
    return False


def _attributes_of(tag: str) -> list[tuple[str, str]]:
    """The attributes of an <html> start tag, as libxml2 reads them (none for a tag the text ends in: browsers drop it)."""
    parsed = etree.fromstring("<div" + tag[len("<html"):], etree.HTMLParser())
    found = parsed.find(".//div") if parsed is not None else None
    return found.items() if found is not None else []


def _append_text(box: etree._Element, text: str | None) -> None:
    if not text:
        return
    if len(box):
        _set_tail(box[-1], (box[-1].tail or "") + text)
    else:
        _set_text(box, (box.text or "") + text)


# The elements that hold a value for machines though they show no text: see Page.shows.
_HOLDS_VALUE = frozenset(("time", "meta", "img", "amp-img", "abbr", "data", "video"))
_UNSHOWN = frozenset(("script", "style"))
_SHOWN_BY_SCRIPTS = frozenset(("noscript", "template"))
_NOT_RENDERED = _UNSHOWN | _SHOWN_BY_SCRIPTS


def _wraps_one(el: etree._Element) -> bool:
    """Whether el is a box around one element with no words of its own, which a reader meets as that element: a
    <picture> around its image, a <header> around the headline alone."""
    if el.tag == "picture":
        return True
    if el.tag in _HOLDS_VALUE or el.text and not el.text.isspace():
        return False
    inside = None
    for child in el:
        if child.tail and not child.tail.isspace():
            return False
        if isinstance(child.tag, str):
            if inside is not None:
                return False
            inside = child
    return inside is not None


def _meets(el: etree._Element, words_only: bool = False) -> bool:
    """Whether the element or one inside it shows text or holds a value for machines (see Page.shows). Scripts and style
    sheets show nothing (the text after one is shown). What a <noscript> or a <template> holds counts by its words
    alone: a script may show them in their place (Blogger writes the post in a script and again in a <noscript>), but
    an image there is a tracking pixel or the copy of one beside it for browsers without scripts. Iterative, and stops
    at the first it meets."""
    stack = [(el, words_only)]
    while stack:
        box, words_only = stack.pop()
        tag = box.tag
        if not isinstance(tag, str) or tag in _UNSHOWN:
            continue  # (a comment or a processing instruction; a script or a style sheet)
        if box.text and not box.text.isspace() or tag in _HOLDS_VALUE and not words_only:
            return True
        words_only = words_only or tag in _SHOWN_BY_SCRIPTS
        for child in box:
            tail = child.tail
            if tail and not tail.isspace():
                return True
            stack.append((child, words_only))
    return False


# Characters shown only where a word breaks at a line's end (the soft hyphen), or never (zero-width space, word joiner,
# a byte-order mark inside the text), written as themselves or as references; see _as_read.
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
# (The references by a pattern that opens with "&", which the regular expression engine finds fast; the characters by "in".)
# (Browsers read "&shy" and "&#173" without the ";" too.)
_INVISIBLE_REFERENCE = lazy(r"&(?:shy|ZeroWidthSpace;|NoBreak;|#0*(?:173|8203|8288|65279)|#x0*(?:ad|200b|2060|feff))", re.IGNORECASE)
_DROP_INVISIBLE = str.maketrans(dict.fromkeys(_INVISIBLE_CHARS))


# The attributes that hold an address, kept as written.
_ADDRESSES = frozenset(("src", "href", "srcset", "action", "poster", "cite", "data", "longdesc", "usemap", "itemid", "formaction", "background"))


def _as_read(root: etree._Element, invisible: bool, decomposed: bool) -> None:
    """Write the page's text as people read it, in one walk over the tree.

    - With ``invisible``, without the characters they never see: "Mes&shy;sen&shy;ger" is "Messenger" to every rule,
      message and the model, which compare it with a title, a caption or a name that has none and would quote it with
      characters a terminal shows and a reader cannot see.
    - With ``decomposed``, composed (Unicode NFC), as browsers show it: "ä" written as "a" and a combining diaeresis (as
      macOS writes file names and some editors paste) is the "ä" of "geändert" and of the title the metadata gives; so are
      the attributes, but for addresses (a file uploaded from a Mac is named in its decomposed form, its address).

    Scripts' and styles' text stays as written: JSON-LD is read by its positions in the page."""
    def mended(text: str) -> str | None:
        if invisible and any(ch in text for ch in _INVISIBLE_CHARS):
            text = text.translate(_DROP_INVISIBLE)
        if decomposed and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        return text or None

    for el in root.iter():
        if isinstance(el.tag, str):
            text = el.text
            if text and el.tag not in ("script", "style") and (said := mended(text)) != text:
                _set_text(el, said)
            if decomposed:
                for name, value in el.items():
                    if not unicodedata.is_normalized("NFC", value) and name not in _ADDRESSES and not name.startswith("data-") \
                            and not value.lstrip().startswith(("http://", "https://", "/")):
                        el.set(name, unicodedata.normalize("NFC", value))
        tail = el.tail
        if tail and (said := mended(tail)) != tail:
            _set_tail(el, said)


# HTML's void elements that libxml2 still parses as containers: it puts the
# <img> of "<picture><source><img></picture>" inside the <source>.
_VOID_AS_CONTAINER = ("source", "track", "wbr", "embed", "keygen")


def _close_void_elements(root: etree._Element) -> None:
    """Give void elements the shape browsers give them: what libxml2 nested inside
    one follows it instead. Document order is unchanged, so positions still align.
    Finding them costs little: lxml filters the walk by tag without making an object per element."""
    for el in list(root.iter(*_VOID_AS_CONTAINER)):
        if not len(el) and not el.text:
            continue
        if el.getparent() is None:
            continue
        after = el.tail
        _set_tail(el, el.text)
        el.text = None
        last = el
        for child in list(el):
            last.addnext(child)  # moves the child, with its tail; linear where parent.insert(i) is not
            last = child
        _set_tail(last, (last.tail or "") + (after or "") or None)


# libxml2's word for an end tag it ignored because an element it ranks higher (a <div>) is open inside.
_IGNORED_END = lazy(r"Opening and ending tag mismatch: (\w+) and \w+$")
# End tags that browsers honour through whatever is still open inside their element (HTML's rules for "address",
# "article", … end tags), unless a table, a cell, an object or a template stands between (its scope's boundaries).
_CLOSES_THROUGH = frozenset(
    "address article aside blockquote center details dialog dir dl fieldset figcaption figure footer header hgroup listing "
    "main menu nav ol pre search section summary ul li dd dt".split())
# So does </noscript>, through anything: where scripts run, browsers read a <noscript>'s content as text, so nothing
# it seems to open is open at its end (<noscript><div id="nojs"></noscript>, where libxml2 kept the rest of the page in
# the <noscript>).
_ENDS_THROUGH = _CLOSES_THROUGH | {"noscript"}
_SCOPE_BOUNDARIES = frozenset(("table", "td", "th", "caption", "object", "marquee", "template", "applet"))
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# The scopes of browsers' tree building (see _replay_end_tags): the default one, and a list item's.
_SCOPE = _SCOPE_BOUNDARIES | {"html"}
_LIST_ITEM_SCOPE = _SCOPE | {"ol", "ul"}
# The elements whose end tag closes whatever is open inside them in browsers, unless a scope boundary stands between
# (those libxml2 closes so too among them); any other end tag closes its element only through elements that are not
# special.
_CLOSE_IN_SCOPE = _CLOSES_THROUGH | {"button", "div", "form", "p", *_HEADINGS, "table", "caption", "tbody", "thead", "tfoot",
                                     "tr", "td", "th", "applet", "marquee", "object", "template"}
_OPEN_OR_END: dict[str, re.Pattern] = {}


def _end_tags(page: Page, tag: str) -> dict[int, int]:
    """For each element of the tag, by its start tag's offset: the offset of the end tag that closes it in the source,
    pairing starts and ends as they nest (one pass over the text; start tags only where the page's tokens have one, not
    in a script or a comment). Items are paired as browsers pair them (see _replay_end_tags): an </li> while a list is
    open inside the item closes nothing, and an item that the next one or its list's end closes has no end tag."""
    if tag == "li":
        return page.end_tag_replay.item_ends
    pattern = _OPEN_OR_END.get(tag)
    if pattern is None:
        pattern = _OPEN_OR_END[tag] = re.compile(rf"<(/?){tag}(?=[\t\n\f\r />])", re.IGNORECASE)
    starts = set(page.tokens.offsets)
    open_: list[int] = []
    ends: dict[int, int] = {}
    for found in pattern.finditer(page.text):
        if not found.group(1):
            if found.start() in starts:
                open_.append(found.start())
        elif open_:
            ends[open_.pop()] = found.start()
    return ends


def _text_after_tag(page: Page, offset: int) -> str:
    """The text that follows the tag at ``offset``, up to the next tag, as the parser gives it (entities resolved; an
    end tag it did not read leaves its line breaks)."""
    text = page.text
    start = text.find(">", offset) + 1
    parts = []
    while True:
        stop = text.find("<", start)
        if stop < 0:
            stop = len(text)
        parts.append(text[start:stop])
        if stop not in page.ignored_ends:
            return html.unescape("".join(parts))
        start = text.find(">", stop) + 1
        parts.append(_line_breaks(text[stop:start]))


def _close_what_browsers_close(page: Page, tags: set[str]) -> None:
    """Close an element where its end tag stands, as browsers do. libxml2 ignores the end tag of a <section>, <main>,
    <article>, <li>… while a <div> is still open inside it (it ranks elements by HTML 4's rules), so everything after
    the end tag lands inside that <div>: the page's footer inside its <main> (LMK005), the rest of the page inside an
    article's box. Browsers close the <div> and the element at the end tag; here what follows the end tag inside the
    element moves out after it, in document order, so positions still align. Not through a table, a cell, an object
    or a template (nor, for an <li>, another list), where browsers ignore the end tag too. Outer elements first, so
    that what moves out of one moves once. Most such end tags the page's second parse already reads as browsers do
    (_honour_browsers_end_tags); this mends those that libxml2 still ignores after it, where the boxes it holds open
    are not the ones browsers hold open (30 corpus pages)."""
    offsets = page.start_offsets
    for tag in sorted(tags):
        ends = _end_tags(page, tag)
        boundaries = _LIST_ITEM_SCOPE if tag == "li" else frozenset() if tag == "noscript" else _SCOPE_BOUNDARIES
        for element in page.by_tag(tag):
            end = ends.get(page.offset(element))
            if end is not None and element.getparent() is not None:
                _close_at(page, offsets, element, end, boundaries, _text_after_tag(page, end))


def _close_at(page: Page, offsets: list[int], element: etree._Element, end: int, boundaries: frozenset[str] | set[str],
              after: str) -> None:
    """Move what follows ``end`` inside the element out after it, unless one of the boundaries is open between; ``after``
    is the text that follows the end (it leaves the element with it)."""
    elements = page.elements
    first = bisect.bisect_right(offsets, end)  # the first element after the end
    if first >= len(elements) or offsets[first - 1] > end or element not in elements[first].iterancestors():
        return  # (closed there: nothing of it follows its end)
    top = elements[first]
    while top.getparent() is not element and offsets[page.order[top.getparent()]] > end:
        top = top.getparent()  # the outermost element that starts after the end
    between = top.getparent()
    node = between
    while node is not element and node.tag not in boundaries:
        node = node.getparent()
    if node is not element:
        return
    # What follows the end: top and what follows it in its parent, then what follows that parent in its own, up to
    # the element.
    moved: list[etree._Element] = []
    container, node = between, top
    while True:
        while node is not None:
            moved.append(node)
            node = node.getnext()
        if container is element:
            break
        if container.tail:  # (the text after a box the end closed follows what it held)
            _set_tail(moved[-1], (moved[-1].tail or "") + container.tail)
            container.tail = None
        container, node = container.getparent(), container.getnext()
    # The text after the end stands after the element; so does the element's own tail, which libxml2 placed after all
    # that followed.
    before = top.getprevious()
    said = before.tail if before is not None else between.text
    tail = element.tail
    element.tail = None
    if after and said and said.endswith(after):
        if before is not None:
            _set_tail(before, said[: -len(after)] or None)
        else:
            _set_text(between, said[: -len(after)] or None)
        _set_tail(element, after)
    last = element
    for node in moved:
        last.addnext(node)  # (with its tail)
        last = node
    if tail:
        _set_tail(last, (last.tail or "") + tail)


# The elements whose start tag closes an open <p> in browsers but not in libxml2, which knows only HTML 4's.
_CLOSE_PARAGRAPH = ("article", "aside", "details", "dialog", "figcaption", "figure", "footer", "header", "hgroup", "main",
                    "nav", "search", "section", "summary")


def _close_at_block_starts(page: Page) -> None:
    """End a paragraph where a <figure>, <aside>, <section>… starts inside it, as browsers do: ``<p>Text<figure>…``
    is a paragraph and a figure after it, not a paragraph that holds the figure and its caption (libxml2 keeps them
    inside). End a heading where another heading starts right inside it: ``<h3> <h2>More from MSN</h2>`` is an empty
    h3, then an h2 (libxml2 nests them). What follows the block's start moves out after the paragraph or heading, as
    at a stray end tag."""
    root = page.root
    found = [el for el in root.iter(*_CLOSE_PARAGRAPH)]
    inside = [(block, paragraph) for block in found if (paragraph := next((a for a in block.iterancestors() if a.tag == "p"), None)) is not None]
    inside += [(heading, heading.getparent()) for heading in root.iter(*_HEADINGS) if heading.getparent().tag in _HEADINGS]
    if not inside:
        return
    offsets = page.start_offsets
    boundaries = _SCOPE_BOUNDARIES | {"button"}
    for block, box in sorted(inside, key=lambda pair: page.order[pair[0]]):
        if box in block.iterancestors() and box.getparent() is not None:  # (an earlier move may have taken it out)
            _close_at(page, offsets, box, offsets[page.order[block]] - 1, boundaries, "")


# libxml2's word for an end tag it found nothing open to close.
_STRAY_HEADING_END = lazy(r"Unexpected end tag : (h[1-6])$")
_HEADING_END = {tag: lazy(rf"</{tag}[\t\n\f\r />]", re.IGNORECASE) for tag in _HEADINGS}


def _mend_cut_headings(page: Page, tags: set[str]) -> None:
    """Put back into a heading what libxml2 cut from it. By HTML 4's rules libxml2 closes an open heading at a <p>,
    <li>, <form>, <table> or <fieldset> start tag, and then ignores the heading's own end tag; browsers keep them
    inside the heading until that end tag (``<h3><span></span><p>Related links</p></h3>`` is a heading that says
    "Related links", not an empty one followed by a paragraph). Only pages whose parse reported a heading's end tag
    as unexpected come here. The siblings that follow such a heading and start before its end tag move into it;
    document order is unchanged, so positions still align."""
    text = page.text
    for tag in sorted(tags):
        for heading in page.by_tag(tag):
            node = heading.getnext()
            if node is None or not isinstance(node.tag, str) or node.tag in _HEADINGS:
                continue
            close = _HEADING_END[tag].search(text, page.offset(heading))
            if close is None:
                continue
            moved = []
            while node is not None and isinstance(node.tag, str) and node.tag not in _HEADINGS and page.offset(node) < close.start():
                moved.append(node)
                node = node.getnext()
            if not moved:
                continue
            between = heading.tail  # the text between where libxml2 closed the heading and what follows
            heading.tail = None
            if between:
                if len(heading):
                    _set_tail(heading[-1], (heading[-1].tail or "") + between)
                else:
                    _set_text(heading, (heading.text or "") + between)
            for node in moved:
                heading.append(node)  # (with its tail)
            last = moved[-1]
            # The last one's tail runs on past the heading's end tag: what stands after that tag follows the heading.
            after = _text_after_tag(page, close.start())
            if after and last.tail and last.tail.endswith(after):
                _set_tail(last, last.tail[: -len(after)] or None)
                _set_tail(heading, after)


# A style sheet's comments; a display declaration; a selector that is one class or one id; the classes and ids a
# selector names, but not those of a pseudo-class or pseudo-element (".skip:focus", ".icon::before").
_CSS_COMMENT = lazy(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
# The names critical CSS goes by: WP Rocket's "rocket-critical-css", Autoptimize's "aoatfcss", "critical-styles", "…-ccss".
_CRITICAL_CSS = lazy(r"(?i)critical|ccss\b|aoatfcss")
_DISPLAY_VALUE = lazy(r"(?<![\w-])display\s*:\s*([a-zA-Z-]+)\s*(!\s*important)?", re.IGNORECASE)
# A class or id in a selector, with CSS's escapes: Tailwind's ".lg\:flex" is the class "lg:flex".
_ONE_NAME = lazy(r"\s*((?:[a-zA-Z][\w-]*)?[.#]-?(?:[_a-zA-Z]|\\.)(?:[\w-]|\\.)*)\s*\Z")
_NAMES_SHOWN = lazy(r"[.#]-?(?:[_a-zA-Z]|\\.)(?:[\w-]|\\.)*+(?!:)")
_ESCAPE = lazy(r"\\(.)")
# What a selector's subject (its last compound selector) follows: a combinator, outside brackets and parentheses.
_BRACKETED = lazy(r"\[[^\]]*\]|\([^()]*\)")
_COMBINATOR = lazy(r"\s*[>+~]\s*|\s+")


def _subjects(selector: str) -> Iterator[str]:
    """The subject of each selector of a list, the compound selector a rule styles: ".menu" of ".pushnav li > .menu"."""
    if "[" in selector or "(" in selector:
        selector = _BRACKETED.sub("", selector)
    for part in selector.split(","):
        yield _COMBINATOR.split(part.strip())[-1]


class Display:
    """What style sheets say of display by class and id (see ``Page.undisplayed_names``). Each rule has its place in
    the sheets (``order``) and whether its display was !important."""

    __slots__ = ("hidden", "alone", "shown", "within", "order", "typed", "complex", "showing")

    def __init__(self) -> None:
        self.hidden: dict[str, tuple[bool, int]] = {}  # the last top-level rule of the name alone that sets display:none
        self.alone: dict[str, tuple[bool, int]] = {}  # the last top-level rule of the name alone that displays it
        self.shown: set[str] = set()  # the names any rule displays in its subject
        self.within: set[str] = set()  # the names a rule inside a @media or other block displays
        self.order = 0
        self.typed = False  # whether a name in hidden or alone has a type before it ("div.ie-popup")
        self.complex: list[tuple[str, bool]] = []  # the selectors of more than one compound a top-level rule sets to display:none (!important or not)
        self.showing: dict[str, list[str]] = {}  # the selectors of rules that display, by their subject's type, class or id

    def copy(self) -> Display:
        other = Display()
        other.hidden, other.alone = dict(self.hidden), dict(self.alone)
        other.shown, other.within = set(self.shown), set(self.within)
        other.order, other.typed = self.order, self.typed
        other.complex = list(self.complex)
        other.showing = {key: list(selectors) for key, selectors in self.showing.items()}
        return other


def read_style_sheets(sheets: Iterable[str]) -> Display:
    """What style sheets' text says of display, for pages to read before their own <style> elements: a site's sheets,
    read once for every page."""
    display = Display()
    for css in sheets:
        if "display" in css:
            _scan_display(css, display)
    return display


def _cascade(rule: tuple[tuple[bool, int], str]) -> tuple[bool, bool, bool, int]:
    """Which of two rules of one name alone wins for an element that has both names: !important, then an id, then a
    type ("div.name" over ".name"), then the later."""
    (important, order), name = rule
    return important, "#" in name, name[0] not in ".#", order


def _scan_display(css: str, display: Display, critical: bool = False) -> None:
    """Read a sheet's rules that set display for classes and ids into ``display``: a top-level rule of one name alone
    that sets display:none (not read from critical CSS, which the whole sheet follows) or another display, and the
    names in the subject of any rule that displays them (the last display declaration of a rule wins).
    The sheet is cut at its closing braces: each piece ends with the body of the block that brace closes, after the
    piece's last opening brace, and the braces counted so far say how deep that block stands. A block the sheet leaves
    open at its end is closed there, as browsers close it."""
    if "/*" in css:
        css = _CSS_COMMENT.sub("", css)
    unseen: list[bool] = []  # for each open block, whether no screen ever applies it (@media print, an IE hack)
    for piece in css.split("}"):
        opened = piece.count("{")
        if opened:
            outer = bool(unseen and unseen[-1])
            if outer or "@" not in piece:  # (no at-rule opens here: each block is as the one around it)
                unseen.extend([outer] * opened)
            else:
                start = 0
                for _ in range(opened):
                    brace = piece.find("{", start)
                    unseen.append(bool(unseen and unseen[-1]) or _off_screen(piece[start:brace]))
                    start = brace + 1
        depth = len(unseen)
        if opened and not unseen[-1]:
            at = piece.rfind("{")
            body = piece[at + 1:]
            if "display" in body:
                values = _DISPLAY_VALUE.findall(body)
                if values:
                    display.order += 1
                    value, important = values[-1]
                    selector = piece[piece.rfind("{", 0, at) + 1:at]  # (after an at-rule's brace opened in the same piece)
                    none = value.lower() == "none"
                    if not none:
                        names = [_unescaped(name) for subject in _subjects(selector)  # (".pushnav li > a" displays
                                 for name in _NAMES_SHOWN.findall(subject)]           # links, not .pushnav)
                        display.shown.update(names)
                        if depth > 1:
                            display.within.update(names)
                        _index_showing(selector, display)
                    if depth == 1 and not (none and critical):  # at the top level, outside @media and any other block
                        for part in selector.split(","):
                            one = _ONE_NAME.match(part)
                            if one is None:
                                if none and _COMPLEX.search(part) and ":" not in part and not _WITHOUT_SCRIPTS.search(part):
                                    display.complex.append((part.strip(), bool(important)))
                                continue
                            if one is not None:
                                name = _unescaped(one.group(1))
                                if name[0] not in ".#":  # (a type before the class or id: "div.ie-popup")
                                    display.typed = True
                                    name = _typed(name)
                                (display.hidden if none else display.alone)[name] = (bool(important), display.order)
        if unseen:
            unseen.pop()


def _index_showing(selector: str, display: Display) -> None:
    """Keep the selectors of a rule that displays, by the type, classes and id of each one's subject ("*" for none), for
    ``Page.selector_undisplayed``; the states a selector asks for (:hover, :focus, and the classes a script adds, such as
    a slider's ".active") are dropped, as if met. One for a ::before or ::after displays no element."""
    for part in selector.split(","):
        part = part.strip()
        if not part or "::" in part or _PSEUDO_ELEMENT.search(part):
            continue
        if ":" in part:
            part = _STATE.sub("", part).strip()
        if "." in part:
            part = _STATE_CLASS.sub("", part).strip()
        if not part or part[-1] in ">+~":
            continue
        subject = next(_subjects(part), "")
        keys = [_unescaped(name) for name in _NAMES_SHOWN.findall(subject)]
        tag = _SUBJECT_TYPE.match(subject)
        keys.append(tag.group(0).lower() if tag else "*")
        for key in keys:
            display.showing.setdefault(key, []).append(part)


def _matches(el: etree._Element, selector: str, cache: dict[str, frozenset[etree._Element]], root: etree._Element) -> bool:
    """Whether a CSS selector matches el: walked from el up its ancestors and back along its siblings for a selector of
    types, classes, ids and combinators, the common case; through cssselect over the whole tree for any other."""
    compounds = _parsed(selector)
    if compounds is None:
        return _compiled(selector) is None or el in _matching(cache, root, selector)  # (one cssselect cannot read may match)
    return _match_from(el, compounds, len(compounds) - 1, {})


def _match_from(el: etree._Element, compounds: tuple, i: int, known: dict[tuple[etree._Element, int], bool]) -> bool:
    """Whether compounds[:i + 1] match with el as compounds[i]. ``known`` keeps each answer, so a selector of many
    descendant combinators over deep nesting (".b .a .a .a .c" in 1,500 boxes of class a) costs one answer per element
    and compound, not one per path."""
    tag, classes, ident, combinator = compounds[i]
    if tag and el.tag != tag or ident and el.get("id") != ident:
        return False
    if classes:
        own = (el.get("class") or "").split()
        if not all(name in own for name in classes):
            return False
    if i == 0:
        return True
    key = (el, i)
    found = known.get(key)
    if found is None:
        if combinator == ">":
            parent = el.getparent()
            found = parent is not None and _match_from(parent, compounds, i - 1, known)
        elif combinator == " ":
            found = _under_match(el, compounds, i - 1, known)
        elif combinator == "+":
            before = el.getprevious()
            while before is not None and not isinstance(before.tag, str):
                before = before.getprevious()
            found = before is not None and _match_from(before, compounds, i - 1, known)
        else:
            found = any(_match_from(before, compounds, i - 1, known) for before in el.itersiblings(preceding=True)
                        if isinstance(before.tag, str))
        known[key] = found
    return found


def _under_match(el: etree._Element, compounds: tuple, i: int, known: dict[tuple[etree._Element, int], bool]) -> bool:
    """Whether an ancestor of el matches compounds[:i + 1] as compounds[i]; walked up without recursion, each answer kept
    for every box passed (under the key (box, ~i): box or an ancestor of it matches)."""
    passed = []
    box = el.getparent()
    found = False
    while box is not None:
        answer = known.get((box, ~i))
        if answer is not None:
            found = answer
            break
        passed.append(box)
        if _match_from(box, compounds, i, known):
            found = True
            break
        box = box.getparent()
    for box in passed:
        known[(box, ~i)] = found
    return found


@lru_cache(maxsize=1024)
def _parsed(selector: str) -> tuple | None:
    """A selector of types, classes and ids with combinators, as its compounds (type, classes, id, the combinator before
    it); None for one with anything else (attributes, pseudo-classes, escapes), which cssselect reads."""
    if any(c in selector for c in "[]():\\|*\"'"):
        return None
    compounds = []
    combinator = ""
    for token in _SELECTOR_TOKEN.finditer(selector.strip()):
        if token.group("combinator") is not None:
            if combinator or not compounds:
                return None
            combinator = token.group("combinator").strip() or " "
            continue
        compound = token.group("compound")
        parts = _COMPOUND_PART.findall(compound)
        if "".join(parts) != compound:
            return None
        tag = parts[0].lower() if parts and parts[0][0] not in ".#" else ""
        classes = tuple(part[1:] for part in parts if part[0] == ".")
        ids = [part[1:] for part in parts if part[0] == "#"]
        if len(ids) > 1:
            return None
        compounds.append((tag, classes, ids[0] if ids else "", combinator or " "))
        combinator = ""
    return tuple(compounds) if compounds and not combinator else None


_SELECTOR_TOKEN = lazy(r"(?P<combinator>\s*[>+~]\s*|\s+)|(?P<compound>[^\s>+~]+)")
_COMPOUND_PART = lazy(r"[.#]?-?[_a-zA-Z][\w-]*")


def _matching(cache: dict[str, frozenset[etree._Element]], root: etree._Element, selector: str) -> frozenset[etree._Element]:
    """The elements a CSS selector matches under root, read as HTML (none for one cssselect cannot read); kept in cache."""
    found = cache.get(selector)
    if found is None:
        compiled = _compiled(selector)
        try:
            found = frozenset(compiled(root)) if compiled is not None else frozenset()
        except etree.XPathError:
            found = frozenset()
        cache[selector] = found
    return found


@lru_cache(maxsize=256)
def _compiled(selector: str):
    """The selector as an XPath expression over HTML, or None where cssselect cannot read it."""
    from cssselect import SelectorError
    from cssselect.xpath import ExpressionError
    from lxml.cssselect import CSSSelector

    try:
        return CSSSelector(selector, translator="html")
    except (SelectorError, ExpressionError, etree.XPathError, ValueError):
        return None

# A selector of more than one compound (a combinator outside brackets); the states a selector may ask for; a pseudo-element
# in CSS 2's one-colon spelling; a subject's type.
_COMPLEX = lazy(r"[^\s,>+~]\s*(?:[>+~]|\s)\s*[^\s,>+~]")
_STATE = lazy(r":(?:hover|focus|focus-within|focus-visible|active|visited|link|checked|target|enabled|open|popover-open)\b(?!-)", re.IGNORECASE)
# The classes a script gives an element to show it (a slider's current slide, an open menu), taken as given too.
_STATE_CLASS = lazy(r"\.(?:is-)?(?:active|current|selected|open|opened|show|shown|visible|expanded|in)(?![\w-])", re.IGNORECASE)
_PSEUDO_ELEMENT = lazy(r":(?:before|after|first-line|first-letter|placeholder|selection|marker|backdrop)\b", re.IGNORECASE)
_SUBJECT_TYPE = lazy(r"[a-zA-Z][\w-]*")
# The class a page's root carries until its script runs, and a rule for readers without scripts names ("html.no-js
# img.lazyload" hides the images a lazy loader will show).
_WITHOUT_SCRIPTS = lazy(r"\.(?:no-?js|no-javascript|js-disabled|js-off)(?![\w-])", re.IGNORECASE)


def css_text(style: etree._Element) -> str:
    """The text of a <style> element as browsers' CSS parser reads it. A sheet that opens with XHTML's "<![CDATA[" (not
    inside a comment, as "/*<![CDATA[*/" is) opens two bracket blocks there, which run to its "]]>": every rule inside
    is part of one rule's selector, which the next block after "]]>" ends, and the whole rule is dropped (the Guardian's
    ".is-hidden{display:none}" hides nothing in browsers)."""
    text = style.text or ""
    opened = _CDATA_OPEN.match(text)
    if opened is None:
        return text
    end = text.rfind("]]")
    if end < opened.end():
        return ""
    rest = text[end + 2:]
    close = rest.find("}")
    return rest[close + 1:] if close >= 0 else ""


# A sheet's start in XHTML's CDATA section: after white space and HTML's comment opener, which CSS skips.
_CDATA_OPEN = lazy(r"\s*(?:<!--\s*)?<!\[CDATA\[")


def _off_screen(prelude: str) -> bool:
    """Whether a block's prelude is an at-rule whose rules no screen applies: @media print (or speech), and the media
    queries that only Internet Explorer matched (-ms-high-contrast, "\\0screen")."""
    prelude = prelude[prelude.rfind(";") + 1:].strip()  # (after an @import or a declaration before it)
    if prelude[:6].lower() != "@media":
        return False
    return all(_OFF_SCREEN_QUERY.search(query) for query in prelude[6:].split(","))


# A media query that no screen matches: print or speech alone, an IE-only feature, or IE's "\0screen" hack.
_OFF_SCREEN_QUERY = lazy(r"^\s*(?:only\s+)?(?:print|speech)\s*(?:and\b|$)|-ms-high-contrast|\\0screen", re.IGNORECASE)


def _unescaped(name: str) -> str:
    return _ESCAPE.sub(r"\1", name) if "\\" in name else name


def _own_names(node: etree._Element) -> list[str]:
    """An element's classes and id as a style sheet names them: ".name", "#name"."""
    names = ["." + token for token in (node.get("class") or "").split()]
    if node.get("id"):
        names.append("#" + node.get("id"))
    return names


def _named_by(node: etree._Element, names: frozenset[str], typed: bool = False) -> str | None:
    """The class (".name") or id ("#name") of node's that is among names; with ``typed``, also with node's type (a
    "div.name" among them names a <div> of that class)."""
    attrib = node.attrib
    tag = node.tag if typed and isinstance(node.tag, str) else None
    if "class" in attrib:
        for token in attrib["class"].split():
            if "." + token in names:
                return "." + token
            if tag and tag + "." + token in names:
                return tag + "." + token
    ident = attrib.get("id")
    if ident:
        if "#" + ident in names:
            return "#" + ident
        if tag and tag + "#" + ident in names:
            return tag + "#" + ident
    return None


def _displayed_inline(style: str, against_important: bool) -> bool:
    """Whether a style attribute displays its element over a style sheet's display:none (!important or not)."""
    values = _DISPLAY_VALUE.findall(style) if "display" in style else ()
    if not values:
        return False
    value, important = values[-1]
    return value.lower() != "none" and (bool(important) or not against_important)


def _bare(name: str) -> str:
    """A name without the type before it: ".ie-popup" of "div.ie-popup"."""
    return name if name[0] in ".#" else name[min(i for i in (name.find("."), name.find("#")) if i > 0):]


def _typed(name: str) -> str:
    """A typed name with its type in lower case, as the parser names elements: "div.Menu" of "DIV.Menu"."""
    at = len(name) - len(_bare(name))
    return name[:at].lower() + name[at:]


# Characters libxml2 keeps in text but lxml refuses to set: C0 controls but tab, LF and CR; surrogates; U+FFFE and U+FFFF.
_NOT_SETTABLE = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _set_tail(el: etree._Element, text: str | None) -> None:
    try:
        el.tail = text
    except ValueError:  # the control characters show as nothing in browsers; the text's offsets do not depend on them
        el.tail = _NOT_SETTABLE.sub("", text or "") or None


def _set_text(el: etree._Element, text: str | None) -> None:
    """As ``_set_tail``, for the text an element opens with (the parser keeps a form feed that lxml will not set)."""
    try:
        el.text = text
    except ValueError:
        el.text = _NOT_SETTABLE.sub("", text or "") or None


def hiding(node: etree._Element) -> str | None:
    """What hides an element from everyone by its own attributes, as ``Page.hidden_by_markup`` reads them: "hidden",
    "aria-hidden", or the inline style that does it ("display:none", "visibility:hidden"); None if nothing does.
    (``_hides`` asks the same on the per-element path, without saying which.)"""
    attrib = node.attrib
    if "hidden" in attrib:
        return "hidden"
    if attrib.get("aria-hidden", "").strip().lower() == "true":
        return "aria-hidden"
    style = _DISPLAY_NONE.search(attrib["style"]) if "style" in attrib else None
    return re.sub(r"\s+", "", style.group()).lower() if style is not None else None


def hiding_named(said: str) -> str:
    """What ``Page.what_hides`` answers, as a message names it: "the hidden attribute", 'aria-hidden="true"', "inline
    display:none", or "the style sheet's display:none for .name"."""
    if said == "hidden":
        return "the hidden attribute"
    if said == "aria-hidden":
        return 'aria-hidden="true"'
    if said in ("display:none", "visibility:hidden"):
        return f"inline {said}"
    return f"the style sheet's display:none for {said}"


def _hides(node: etree._Element) -> bool | None:
    attrib = node.attrib
    if (
        "hidden" in attrib
        or attrib.get("aria-hidden", "").strip().lower() == "true"
        or ("style" in attrib and _DISPLAY_NONE.search(attrib["style"]))
    ):
        return True
    return None


def tab_index(el: etree._Element) -> int | None:
    """The element's tabindex as browsers read it, by HTML's rules for parsing integers: white space, a sign and digits, with
    whatever follows them ignored (" 1 " is 1, "-1.5" is -1, a template's "47b3a00f…" is 47); None when it has none, or
    when it holds no number or one past 32 bits (the browser then treats the element as if it had none)."""
    value = el.get("tabindex")
    if value is None:
        return None
    found = _HTML_INTEGER.match(value)
    if found is None or len(found.group(2).lstrip("0")) > 10:  # (int() of thousands of digits would raise)
        return None
    number = int(found.group(1) + found.group(2))
    return number if -2**31 <= number < 2**31 else None


_HTML_INTEGER = lazy(r"[ \t\n\f\r]*([+-]?)([0-9]+)")


def can_focus(el: etree._Element) -> bool:
    """Whether an element can take focus at all, from the Tab key, a click, a script or autofocus: a tab stop, or an
    element that tabindex="-1" keeps out of the Tab order only."""
    return _focusable(el) or (tab_index(el) is not None and not _never_focused(el))


# Form controls, which the disabled attribute takes out of reach (on any other element it means nothing).
_DISABLEABLE = frozenset(("button", "input", "select", "textarea"))


def _never_focused(el: etree._Element) -> bool:
    """A disabled form control, or an <input type="hidden">, which is never shown: whatever its tabindex says."""
    tag = el.tag
    if tag not in _DISABLEABLE:
        return False
    attrib = el.attrib
    return "disabled" in attrib or tag == "input" and attrib.get("type", "").lower() == "hidden"


def _focusable(el: etree._Element) -> bool:
    attrib = el.attrib
    if "tabindex" in attrib:
        index = tab_index(el)
        if index is not None:
            return index >= 0 and not _never_focused(el)
    tag = el.tag
    if tag == "a" or tag == "area":
        return "href" in attrib
    if tag == "input":
        return not _never_focused(el)
    if tag == "details":
        return False  # its summary takes focus
    if tag == "summary":
        parent = el.getparent()
        return parent is not None and parent.tag == "details"
    if tag in ("button", "select", "textarea"):
        return "disabled" not in attrib
    if tag == "iframe":
        return True
    if tag in ("embed", "object"):
        return shows_a_document(el)
    return "contenteditable" in attrib and attrib["contenteditable"].lower() != "false"


# What an <embed> or <object> shows that takes no focus: Flash and ActiveX (no browser runs plugins any more; an
# <object> then shows its fallback content, whose own links take focus) and pictures.
_PLUGIN_TYPE = lazy(r"^\s*(?:application/(?:x-shockwave-flash|futuresplash|x-silverlight)|image/(?!svg))", re.IGNORECASE)
_PLUGIN_FILE = lazy(r"\.(?:swf|jpe?g|png|gif|webp|avif|bmp|ico)(?:[?#]|$)", re.IGNORECASE)


def shows_a_document(el: etree._Element) -> bool:
    """Whether an <embed> or <object> shows a page or a document (a PDF, an SVG), which takes focus as a frame does: it
    names one (src, data), not as Flash, ActiveX (classid) or a picture."""
    address = (el.get("src") if el.tag == "embed" else el.get("data")) or ""
    if not address.strip() or "classid" in el.attrib:
        return False
    return not _PLUGIN_TYPE.search(el.get("type") or "") and not _PLUGIN_FILE.search(address.strip())


def css_escape(ident: str) -> str:
    """Escape an id or class name for use in a CSS selector."""
    if _CSS_IDENT.fullmatch(ident) and not ident.startswith("--"):
        return ident
    out = []
    for i, ch in enumerate(ident):
        if ch.isalnum() and ch.isascii() and not (i == 0 and ch.isdigit()):
            out.append(ch)
        elif ch in "-_" and not (i == 0 and ch == "-" and len(ident) > 1 and ident[1].isdigit()):
            out.append(ch)
        elif ord(ch) >= 0x80:
            out.append(ch)
        elif ch == "\0":
            out.append("\ufffd")  # as CSS reads it
        elif ch.isdigit() or ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\{ord(ch):x} ")  # a control character as its code point, as CSS.escape() writes it
        else:
            out.append("\\" + ch)
    return "".join(out)
