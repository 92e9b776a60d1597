"""Findings about the page as input and about artlint's own directives."""

from __future__ import annotations

import html
import re
from itertools import islice

from lxml import etree

from .. import locate
from ..finding import Severity
from ..lazyre import lazy
from ..rule import Rule
from ..text import INLINE, quote, squash, visible_text

FAMILY = "artlint"


class UnknownDirectiveCode(Rule):
    code = "ART001"
    name = "unknown-directive-code"
    family = FAMILY
    summary = "An inline directive names a rule that does not exist."
    rationale = (
        "A directive with a typo silences nothing, so the finding it was meant for stays, and readers "
        "of the template believe the exception is in place."
    )
    fix = "Use a rule code or name that `artlint rules` lists, or remove the directive."
    severity = Severity.ERROR
    incorrect = (
        '<html lang="en"><body><!-- artlint-disable-next HDG999 -- typo --><h2>x</h2></body></html>',
        '<html lang="en"><body><div data-artlint-ignore="no-such-rule"></div></body></html>',
    )
    correct = ('<html lang="en"><body><!-- a plain comment --><h2>x</h2></body></html>',)

    def check(self, page, options):
        return ()  # reported by the engine while it applies directives


class UnusedDirective(Rule):
    code = "ART002"
    name = "unused-directive"
    family = FAMILY
    summary = "An inline directive suppresses nothing."
    rationale = (
        "Directives that no longer suppress anything hide nothing today but will silently hide a real "
        "problem later; removing them keeps exceptions deliberate."
    )
    fix = "Remove the directive, or move it next to the element whose finding it should suppress."
    severity = Severity.WARNING
    companions = ("HDG003",)
    incorrect = (
        '<html lang="en"><body><h1>Headline</h1><!-- artlint-disable-next HDG003 --><h2>Fine</h2></body></html>',
    )
    correct = (
        '<html lang="en"><body><h1>Headline</h1><!-- artlint-disable-next HDG003 -- legacy teaser box -->'
        "<h3>Teaser</h3></body></html>",
    )

    def check(self, page, options):
        return ()  # reported by the engine while it applies directives


class EncodingProblem(Rule):
    code = "ART003"
    name = "invalid-encoding"
    family = FAMILY
    summary = (
        "The page's bytes are not valid in its declared or sniffed encoding, or are UTF-8 behind a legacy declaration; "
        "or the page declares its encoding by a label browsers do not know, or one they refuse to decode."
    )
    rationale = (
        "Browsers show replacement characters or mojibake for such bytes, and every text check "
        "(dates, names, captions) then compares garbled text. Browsers ignore a label that is not the Encoding "
        "Standard's (“utf_8”, “latin-1”) and guess the encoding; a page that declares ISO-2022-KR, ISO-2022-CN or "
        "HZ-GB-2312 shows as one replacement character."
    )
    fix = "Save the page in the encoding it declares (UTF-8 is best) and declare it with <meta charset>."
    wcag = ("3.1.1",)
    severity = Severity.WARNING
    incorrect = (
        b'<html lang="de"><head><meta charset="utf-8"><title>Caf\xe9</title></head><body></body></html>',
        b'<html lang="de"><head><title>Caf\xe9</title></head><body></body></html>',
        '<html lang="es"><head><meta charset="iso-8859-15"><title>Café</title></head><body></body></html>'.encode(),
        '<html lang="ko"><head><meta charset="iso-2022-kr"><title>서울</title></head><body></body></html>'.encode(),
        '<html lang="de"><head><meta charset="utf_8"><title>Café</title></head><body></body></html>'.encode(),
    )
    correct = ('<html lang="de"><head><meta charset="utf-8"><title>Café</title></head><body></body></html>',)

    def check(self, page, options):
        decoded = page.decoded
        if decoded.problem:
            yield self.problem(None, decoded.problem, offset=decoded.meta_offset)


_PARSER_ADVICE = lazy(r",?\s*use XML_PARSE_\w+ option\s*$")


class NestingTooDeep(Rule):
    code = "ART004"
    name = "nesting-too-deep"
    family = FAMILY
    summary = "The page nests elements deeper than the HTML parser accepts; the rest was not checked."
    rationale = "Past the parser's depth limit the remaining markup is dropped, so artlint (and often browsers' tools) see a truncated page."
    fix = "Close the elements the template leaves open; real pages rarely nest more than a few dozen levels."
    severity = Severity.ERROR
    incorrect = ("<html><body>" + "<div>" * 2100 + "deep</body></html>",)
    correct = ("<html><body>" + "<div>" * 50 + "fine</body></html>",)

    def check(self, page, options):
        for error in page.parse_errors[:1]:
            offset = page.parser_offset(error.line, error.column)
            yield self.problem(
                None,
                # (libxml2's own words, less its advice to programmers: "Excessive depth in document: 256, use XML_PARSE_HUGE option")
                "elements are nested deeper than the parser's limit; everything after this point was not checked "
                f"({_PARSER_ADVICE.sub('', error.message.strip())})",
                offset=offset,
            )


class EscapedTwice(Rule):
    code = "ART005"
    name = "entity-shown-as-text"
    family = FAMILY
    summary = "A heading, the article's text, a caption or an image's alt shows an HTML entity as text (“&#39;”): the template escaped it twice."
    rationale = (
        "A CMS that escapes a value the template escapes again publishes “Britain&#39;s Prince William” and “Mac &amp; i”: "
        "readers see the code, screen readers spell it out, and search results and shares copy it."
    )
    fix = "Escape each value once, where the template writes it into the page."
    wcag = ("1.1.1", "3.1.5")
    severity = Severity.WARNING
    incorrect = (
        '<html lang="en"><body><main><h1>Britain&amp;#39;s Prince William visits Cairo</h1></main></body></html>',
        '<html lang="en"><body><main><img src="a.jpg" alt="Mac &amp;amp; i"></main></body></html>',
    )
    correct = (
        '<html lang="en"><body><main><h1>Britain&#39;s Prince William visits Cairo</h1>'
        '<p>Write <code>&amp;amp;</code> for an ampersand.</p><img src="a.jpg" alt="Mac &amp; i"></main></body></html>',
    )

    def check(self, page, options):
        from ..content import content_root
        from ..figures.accessible import images

        root = content_root(page)
        # (the cheap test first, in the parser's own code: the texts that hold an ampersand, and the elements they belong to)
        shown = set()
        for scope in (root, *page.headings) if root is not None else page.headings:
            for said in scope.xpath(".//text()[contains(., '&')]"):
                holder = said.getparent()
                if said.is_tail:
                    holder = holder.getparent()
                if holder is not None and isinstance(holder.tag, str):
                    shown.add(holder)
        for el in page.in_order(shown):
            if el.tag in _SHOWS_CODE or page.is_hidden(el) or _in_code(el):
                continue
            for said in (el.text, *(c.tail for c in el)):
                found = _ENTITY.search(said) if said and "&" in said else None
                if found is not None and html.unescape(found.group()) != found.group():
                    yield self.problem(el, f"the text shows {quote(found.group())} as text ({quote(squash(said), 50)}): the template escaped it twice; "
                                           f"escape it once, so that browsers show {_shown(found.group())}")
                    break
        for el in images(page):
            alt = el.get("alt") or ""
            found = _ENTITY.search(alt) if "&" in alt else None
            if found is not None and html.unescape(found.group()) != found.group() and not _in_code(el):
                yield self.problem(el, f"alt shows {quote(found.group())} as text ({quote(squash(alt), 50)}): the template escaped it twice; "
                                       f"escape it once, so that screen readers say {_shown(found.group())}")


# An entity's code, numeric or named, as a double escape leaves it in the text: "&#39;", "&#x2019;", "&amp;", "&quot;", "&auml;".
_ENTITY = lazy(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,9});")
# (and HTML 4's <tt> and <listing>, which old documentation and archives still write code in)
_SHOWS_CODE = frozenset(("code", "pre", "kbd", "samp", "var", "tt", "listing", "textarea", "script", "style", "noscript", "template", "iframe",
                         "xmp", "plaintext"))


def _shown(entity: str) -> str:
    """What an entity stands for, as a message says it: the character in quotes, or "a space"."""
    said = html.unescape(entity)
    return "a space" if said.isspace() else f"“{said}”"


def _in_code(el) -> bool:
    return any(a.tag in _SHOWS_CODE for a in el.iterancestors())


class UnfilledPlaceholder(Rule):
    code = "ART006"
    name = "unfilled-placeholder"
    family = FAMILY
    summary = ("The headline, a heading, the byline, a date, a caption, the article's text or its metadata shows a value the template failed "
               "to fill (“{{ author }}”, “undefined”), or a label without its value (a byline's “By”, a date's “Updated:”); so does an aria-label or a "
               "title.")
    rationale = (
        "When a field is missing or a script fails, templates print their own placeholder (“{{ author }}”, “%%HEADLINE%%”) or "
        "the programming language's empty value (“By undefined”, “[object Object]”, “Invalid Date”), or a design's dummy text "
        "(“Lorem ipsum”) stays in place: readers see it, and search engines and aggregators copy it."
    )
    fix = "Fill the field in the CMS, or let the template leave the element out when the value is missing."
    severity = Severity.ERROR
    incorrect = (
        '<html lang="en"><body><main><article><h1>Storm hits the coast</h1><p class="byline">By undefined</p></article></main></body></html>',
        '<html lang="en"><body><main><article><h1>{{ article.headline }}</h1></article></main></body></html>',
        '<html lang="en"><body><main><article><h1>Storm hits the coast</h1><figure><img src="a.jpg" alt="Waves">'
        '<figcaption>Waves break over the wall. Photo: [object Object]</figcaption></figure></article></main></body></html>',
        '<html lang="en"><body><main><article><h1>Storm hits the coast</h1><p class="byline">By </p>'
        '<time datetime="2016-12-06T00:21:00+01:00">December 6, 2016</time></article></main></body></html>',
    )
    correct = (
        '<html lang="en"><body><main><article><h1>Storm hits the coast</h1><p class="byline">By Jane Doe</p>'
        '<p>Write <code>{{ name }}</code> where the name goes; the null hypothesis was rejected.</p></article></main></body></html>',
    )

    def check(self, page, options):
        holders, bylines, _ = _read_texts(page)
        reported: set = set()
        yield from self._in_text(page, holders, reported)
        yield from self._labels_alone(page, bylines, reported)
        yield from self._names_for_screen_readers(page)
        yield from self._metadata(page)
        yield from self._captions(page, reported)

    def _in_text(self, page, holders: set, reported: set):
        """A placeholder in a text, or an empty value that is all a field says; dummy text once, where it starts."""
        dummy: list = []
        for el in page.in_order(holders):
            if el.tag in _SHOWS_CODE or el in page.inert or any(a in reported for a in el.iterancestors()):
                continue
            found, said = _placeholder_in(el)
            if found is not None and found.lower().startswith("lorem ipsum"):
                if not _in_code(el) and not page.is_hidden(el) and not _script_template(el):
                    dummy.append((el, said))
                continue
            field = el
            if found is None and not _in_a_sentence(el):
                # a field that says an empty value and nothing else, the largest small one: "By undefined" in <p>By <span>undefined</span></p>
                node: etree._Element | None = el
                while node is not None and next(islice(node.iter(), 6, None), None) is None:
                    text = visible_text(node)
                    if len(text) > 40:
                        break
                    if (empty := _empty_value(text)) is not None:
                        found, said, field = empty, text, node
                    node = node.getparent()
            if found is not None and not _in_code(field) and not page.is_hidden(field) and not _script_template(field):
                reported.add(field)
                yield self.problem(field, _message(found, said))
        if dummy:
            el, said = dummy[0]
            more = f" (and in {len(dummy) - 1} more {'place' if len(dummy) == 2 else 'places'})" if len(dummy) > 1 else ""
            yield self.problem(el, f"the page shows the dummy text “Lorem ipsum” ({quote(squash(said), 50)}){more}: a template's filler, not the "
                                   "article's; write the text, or leave the element out")

    def _labels_alone(self, page, bylines: list, reported: set):
        """A field's label with nothing after it: a byline that says "By" and no name, a <time> that says "Updated:" and no date."""
        dated = [el for el in page.times if el.get("datetime")]  # (a <time> without one is DAT002's)
        for el, alone, what in [*((el, _BY_LABEL_ALONE, "name") for el in bylines), *((el, _DATE_LABEL_ALONE, "date") for el in dated)]:
            if el in reported or el in page.inert or any(a in reported for a in el.iterancestors()) or next(islice(el.iter(), 6, None), None) is not None:
                continue
            said = visible_text(el)
            if said and alone.fullmatch(said) and _nothing_after(el, what) and not page.is_hidden(el) and not _script_template(el):
                reported.add(el)
                yield self.problem(el, f"the page shows {quote(said)} and no {what}: the template left the value out; fill the field, "
                                       "or leave the element out when it is empty")

    def _names_for_screen_readers(self, page):
        """An aria-label or a title a script failed to fill ("Search [object Object]", Angular's uncompiled
        "{{isCollapsed ? 'Expand' : 'Collapse'}}"), which screen readers read. (An image's alt is IMG004's.)"""
        may_be = _MAY_BE_UNFILLED.search
        for el in page.named:
            if el.tag in ("img", "amp-img", "meta", "link", "style", "script"):
                continue
            for attribute in ("aria-label", "title"):
                value = el.get(attribute)
                found = _unfilled(value) if value and len(value) <= 200 and may_be(value) else None
                if found is not None and el not in page.inert and not page.is_hidden(el) and not _script_template(el):
                    said = f"{attribute}={quote(value, 50)}" + (f" shows {quote(found)}," if found != squash(value) else " is")
                    yield self.problem(el, f"{said} a value the template failed to fill, which screen readers read; fill it, or leave the attribute out")
                    break

    def _metadata(self, page):
        """The article's JSON-LD texts (its dates are SD005's) and the meta tags that describe it."""
        from ..structured import articles

        for block, obj in articles(page):
            said = [(key, value) for key, value in _texts(obj) if _unfilled(value) is not None]
            if said:
                listed = " and ".join(f"{key} {quote(value, 40)}" for key, value in said[:3])
                verb = "is a value" if len(said) == 1 else "are values"
                yield self.problem(block.element, f"JSON-LD {listed} {verb} the template failed to fill; fill the field, or leave it out")
        for el in page.metas:
            key = (el.get("property") or el.get("name") or "").strip().lower()
            value = el.get("content") or ""
            if key in _DESCRIBING_METAS and value and _unfilled(value) is not None:
                yield self.problem(el, f"meta {key} {quote(value, 40)} is a value the template failed to fill; fill the field, or leave the tag out")

    def _captions(self, page, reported: set):
        """A caption the model reads apart from the credit in the same line ("undefined Photo: Jane Doe/AP"). (A credit's
        empty value is CAP003's: "Photo: undefined" names no source.)"""
        from ..model import extractor

        for image in extractor(page).images():
            caption = image.get("caption")
            el = getattr(caption.get("source"), "element", None) if caption else None
            if el is None or el in reported or el in page.inert or not isinstance(caption.get("text"), str):
                continue
            found = _unfilled(caption["text"])
            if found is not None:
                reported.add(el)
                yield self.problem(el, _message(found, visible_text(el)))


def _read_texts(page) -> tuple[set, list, dict]:
    """One pass over the article's texts for ART006 and ART007, shared (a cheap test first): the elements whose text may hold
    a placeholder or an empty value, the elements whose class says byline, and the elements whose text shows a tag (with
    the tag and that text)."""
    def read(p):
        holders: set = set()
        bylines: list = []
        shown: dict = {}
        may_be = _MAY_BE_UNFILLED.search
        byline_class = _BYLINE_CLASS.search
        for scope in _text_scopes(p):
            for node in scope.iter():
                parent = node.getparent() if node is not scope else None
                for said, holder in ((node.text, node), (node.tail, parent)):
                    if not said or holder is None or not isinstance(holder.tag, str):
                        continue
                    if may_be(said):
                        holders.add(holder)
                    if "<" in said and holder not in shown:
                        found = _MARKUP_PAIR.search(said) or _MARKUP_AT_ENDS.search(said.strip())
                        if found is not None:
                            shown[holder] = (f"<{found.group(1)}>" if found.group(1) else f"</{found.group(2)}>", said)
                if isinstance(node.tag, str) and (names := node.get("class")) and byline_class(names):
                    bylines.append(node)
        return holders, bylines, shown

    return page.memo("meta:texts", read)


def _text_scopes(page) -> list:
    """Where the page shows the article's texts: its <title>, the headings outside the content, and the content."""
    from ..content import content_root

    root = content_root(page)
    title = page.title
    if root is None:
        outside = page.headings
    else:  # (the content's elements are a run in document order: from the root to its last descendant)
        last = root
        while (children := [c for c in last if isinstance(c.tag, str)]):
            last = children[-1]
        order = page.order
        outside = [h for h in page.headings if not order[root] < order[h] <= order[last]]
    return [scope for scope in (title, *outside, root) if scope is not None]


def _texts(obj, key: str = "", depth: int = 0):
    """The texts of a JSON-LD object and the objects in it, with the property that holds each (not its dates, addresses and
    types: "@type", "url", "datePublished" say no text)."""
    if depth > 6:
        return
    if isinstance(obj, dict):
        for k, v in obj.items():
            if not k.startswith("@") and not _NOT_TEXT_KEY.search(k):
                yield from _texts(v, f"{key}.{k}" if key else k, depth + 1)  # (its path: "author.name")
    elif isinstance(obj, list):
        for v in obj[:50]:
            yield from _texts(v, key, depth + 1)
    elif isinstance(obj, str) and key:
        yield key, squash(obj)


# JSON-LD properties that hold no text to read: dates (SD005's), addresses, identifiers, sizes.
_NOT_TEXT_KEY = lazy(r"date|time|url|logo|image$|thumbnail|sameAs|identifier|width|height|contentUrl|embedUrl|isPartOf|mainEntityOfPage", re.IGNORECASE)
# The meta tags that describe the article to search engines and social networks.
_DESCRIBING_METAS = frozenset(("og:title", "og:description", "twitter:title", "twitter:description", "description", "author", "article:author",
                               "article:section", "og:image:alt", "twitter:image:alt", "parsely-title", "parsely-author", "sailthru.title", "sailthru.author"))


def _message(found: str, said: str) -> str:
    shown = squash(said)
    where = f" ({quote(shown, 50)})" if shown != found else ""
    return f"the page shows {quote(found)}{where}: a value the template failed to fill; fill the field, or leave the element out when it is empty"


# A template's placeholder in the text: "{{ author }}", "{% date %}", "${headline}", "%%HEADLINE%%", a script's "[object Object]"
# and "Invalid Date"; and a programming language's empty value that is all a field says, perhaps after its label
# ("By undefined", "Photo: null", "NaN"), not the word in a sentence ("the null hypothesis").
_PLACEHOLDER = lazy(r"\{\{[^{}\n]{1,80}\}\}|\{%[^%\n]{1,80}%\}|\$\{[\w.\[\]'\"-]{1,60}\}|%%[A-Za-z_][\w.-]{1,40}%%|\[object Object\]|\bInvalid Date\b"
                    r"|\b[Ll]orem [Ii]psum\b")  # (and a template's dummy text)
_EMPTY_VALUE = lazy(r"(?:(?:by|von|par|por|door|di|de|photo|foto|image|bild|credit|source|quelle|updated|published|posted|"
                    r"aktualisiert|veröffentlicht)\b\s*:?\s*)?(undefined|null|NaN|nil)[.,]?", re.IGNORECASE)


def _placeholder_in(el) -> tuple[str | None, str]:
    """A template's placeholder in the element's own text, and that text."""
    for said in (el.text, *(c.tail for c in el)):
        if said and ("{" in said or "%" in said or "[" in said or "Invalid" in said or "psum" in said):
            found = _PLACEHOLDER.search(said)
            if found is not None:
                return found.group(), said
    return None, ""


def _empty_value(said: str) -> str | None:
    """A programming language's empty value that is all a text says, perhaps after its label; None if it says more."""
    empty = _EMPTY_VALUE.fullmatch(squash(said))
    if empty is not None and (empty.group(1).lower() != "nan" or empty.group(1) == "NaN"):
        return empty.group(1)
    return None


def _unfilled(said: str) -> str | None:
    """The unfilled value a text shows (a placeholder anywhere, or an empty value that is all it says), or None."""
    found = _PLACEHOLDER.search(said)
    return found.group() if found is not None else _empty_value(said) if len(said) <= 60 else None


def _nothing_after(el, what: str) -> bool:
    """Whether no name or date follows a label's element in its parent: a name after a byline's label (NYT's
    <span class="byline-prefix">By </span><span itemprop="name">…, Condé Nast's "byline__preamble" with the name in its
    tail), a date after a date's label; not the text's next paragraph or the <time> after an emptied byline."""
    if squash(el.tail):
        return False
    for sibling in el.itersiblings():
        said = visible_text(sibling)
        if not said:
            continue
        if what == "date":
            return not any(c.isdigit() for c in said)
        named = sibling.tag == "a" or next(sibling.iter("a"), None) is not None or _NAME_CLASS.search(sibling.get("class") or "") \
            or sibling.get("itemprop") in ("name", "author") or sibling.tag in INLINE and not any(c.isdigit() for c in said) and len(said.split()) <= 5
        return not (named and len(said) <= 80)
    return True


def _in_a_sentence(el) -> bool:
    """An inline element in a longer text: a word set in italics ("<i>null</i> can be passed as the module")."""
    parent = el.getparent()
    return el.tag in INLINE and parent is not None and len(visible_text(parent)) > 40


def _script_template(el) -> bool:
    """Inside what a script fills and shows: a lightbox's or a dialog's markup, a framework's element hidden until it is
    filled (bundesrat.de's gallery "showbox" with its "{{ headline }}", Vue's v-cloak, Angular's ng-cloak)."""
    for a in (el, *el.iterancestors()):
        if _TEMPLATE_CLASS.search(a.get("class") or "") or any(k in a.attrib for k in ("v-cloak", "ng-cloak", "x-cloak", "data-template")):
            return True
    return False


# Text nodes that may hold a placeholder ("{", "%%", "[object", "Invalid Date") or an empty value ("undefined", "null", "NaN", "nil"),
# as a template prints them.
_MAY_BE_UNFILLED = lazy(r"[{]|%%|\[object|Invalid Date|ndefined|NDEFINED|null|Null|NULL|NaN|nil|Nil|orem [Ii]psum")
# An element that holds the byline, by its class; a byline's label alone ("By", "Von", "Written by", "Autor:"); a date's label alone.
_BYLINE_CLASS = lazy(r"byline|author", re.IGNORECASE)
_NAME_CLASS = lazy(r"byline|author|name|writer|contributor", re.IGNORECASE)
_BY_LABEL_ALONE = lazy(r"(?:by|written by|words by|von|par|por|door|di|av|af|autor(?:in)?|author|auteur|text)\s*:?", re.IGNORECASE)
_DATE_LABEL_ALONE = lazy(r"(?:published|updated|posted|last updated|veröffentlicht(?: am)?|aktualisiert(?: am)?|publié(?: le)?|mis à jour(?: le)?|"
                         r"publicado(?: el)?|actualizado(?: el)?|pubblicato(?: il)?|aggiornato(?: il)?|gepubliceerd(?: op)?)\s*:?", re.IGNORECASE)
_TEMPLATE_CLASS = lazy(r"lightbox|showbox|modal|template|tmpl|mustache|handlebars|cloak", re.IGNORECASE)


class MarkupShownAsText(Rule):
    code = "ART007"
    name = "markup-shown-as-text"
    family = FAMILY
    summary = "A heading, the <title>, a caption or the article's text shows HTML tags as text (“<em>Storm</em> hits”): the template escaped a rich-text field."
    rationale = (
        "A CMS field that holds HTML (a headline with italics, a teaser in paragraphs) must be written into the page as markup; "
        "a template that escapes it publishes the tags, which readers see and screen readers spell out."
    )
    fix = "Write the field into the page as HTML (after sanitizing it), or strip its tags where the template wants plain text."
    wcag = ("1.3.1",)
    severity = Severity.WARNING
    incorrect = (
        '<html lang="en"><body><main><h1>&lt;em&gt;Titanic&lt;/em&gt; returns to cinemas</h1></main></body></html>',
        '<html lang="en"><body><main><h1>Storm hits the coast</h1><p>&lt;p&gt;The storm hit the coast on Monday.&lt;/p&gt;</p></main></body></html>',
    )
    correct = (
        '<html lang="en"><body><main><h1><em>Titanic</em> returns to cinemas</h1>'
        '<p>Allowed HTML tags: &lt;em&gt; &lt;strong&gt; &lt;p&gt;. Write <code>&lt;p&gt;text&lt;/p&gt;</code> for a paragraph.</p></main></body></html>',
    )

    def check(self, page, options):
        from ..content import names_box

        shown = _read_texts(page)[2]
        for el in page.in_order(shown):
            tag, said = shown[el]
            if el.tag in _SHOWS_CODE or el in page.inert or _in_code(el) or page.is_hidden(el) or any(names_box(a) for a in (el, *el.iterancestors())):
                continue  # (and the comments, where a reader's tags are rightly escaped)
            yield self.problem(el, f"the text shows the tag {quote(tag)} as text ({quote(squash(said), 50)}): the template escaped a "
                                   "rich-text field; write it into the page as HTML, or strip its tags")


_MARKUP_TAGS = r"p|div|span|em|strong|b|i|u|a|br|h[1-6]|sup|sub|ul|ol|li|blockquote|figure|figcaption|img|iframe|small|mark"
# What may follow a tag's name: attributes as HTML writes them (class="x", data-id=3, hidden), then the end of the tag;
# not a generic type's parameters in a code signature ("<I, F>", "<P: AsRef<Path>>", as rustdoc and Javadoc show them).
_ATTRIBUTES = r"""(?:\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*(?:"[^"]{0,200}"|'[^']{0,200}'|[^\s"'=<>`]{1,200}))?){0,20}\s*/?>"""
# A tag and its end in one text ("<em>Titanic</em>"), or a text that opens with a tag or closes with one ("<p>The storm
# …</p>"); the tag alone at an end written in lower case, as editors write it (a code signature's "<A>(x: A)" is a type).
_MARKUP_PAIR = lazy(rf"<((?i:{_MARKUP_TAGS})){_ATTRIBUTES}[^<]{{0,300}}</(?i:\1)\s*>")
_MARKUP_AT_ENDS = lazy(rf"^<({_MARKUP_TAGS}){_ATTRIBUTES}\S|</({_MARKUP_TAGS})\s*>$")


class SelfClosedElement(Rule):
    code = "ART008"
    name = "self-closed-element"
    family = FAMILY
    summary = ("An element that is not void closes itself with “/>” (“<div class=\"ad\"/>”, “<script src=\"a.js\"/>”): browsers "
               "ignore the “/”, so the element holds what follows.")
    rationale = (
        "HTML has no self-closing tags. On a void element (img, br, hr, input, meta, link…) a “/” before the “>” means "
        "nothing; on any other, browsers read “<div/>” as “<div>”, so the element stays open and takes in what follows, up "
        "to its parent's end. An icon marked aria-hidden hides the text after it from screen readers, a link takes in the "
        "paragraphs after it, and a self-closed <script>, <title> or <iframe> makes the page, up to its next end tag, its "
        "text, which readers never see. Templates written with XML's or JSX's habits produce it, and an XML tool shows the "
        "page as meant; artlint reads it as browsers do."
    )
    fix = "Write the end tag: <div class=\"ad\"></div>. Only void elements, and the elements of SVG and MathML, close with “/>”."
    severity = Severity.ERROR
    incorrect = (
        '<html lang="en"><body><main><h1>Storm hits the coast</h1><p><i class="icon-comment" aria-hidden="true"/> 12 comments</p>'
        '</main></body></html>',
        '<html lang="en"><head><title>Storm hits the coast</title><script src="/ads.js"/></head><body><main>'
        '<h1>Storm hits the coast</h1><p>The storm hit the coast on Monday.</p></main></body></html>',
    )
    correct = (
        '<html lang="en"><body><main><h1>Storm hits the coast</h1><p><i class="icon-comment" aria-hidden="true"></i> 12 comments'
        '<br/><img src="a.jpg" alt="The harbour"/></p><svg aria-hidden="true"><path d="M0 0h24v24H0z"/></svg></main></body></html>',
    )

    def check(self, page, options):
        text = page.parsed_text
        for start, name in page.self_closed.items():
            end = locate.tag_end(text, start)
            el = page.element_at(start)
            if name in ("html", "head", "body"):
                continue  # (their end is implied anyway)
            tag = squash(page.text[start:end])
            said = f"{quote(tag, 60)} does not close the <{name}>: browsers ignore the “/” on an element that is not void, so"
            opening = tag[:-2].rstrip() + ">"
            fix = f"write “{opening}</{name}>”" if len(opening) <= 60 else f"end it with </{name}> right after the tag"
            raw = locate.raw_text_end(text, name, end, start)
            if raw is not None:  # a script, a style, a title…: what follows, up to its end tag, is its text
                held = text[end:raw].lstrip()
                line, column = page.lines.position(raw)
                if raw >= len(text):
                    message = f"{said} the rest of the page is the {name}'s text, not the page's; {fix}"
                elif not held:
                    message = f"{said} the </{name}> after it ends it; drop the “/”"
                elif held[:1] == "<":
                    message = f"{said} the page up to the </{name}> at {line}:{column} is the {name}'s text, not the page's; {fix}"
                else:  # (a script's code after it: where it was meant to go)
                    message = f"{said} the text after it, up to the </{name}> at {line}:{column}, is the {name}'s, as it seems meant to be; drop the “/”"
                yield self.problem(el, message, offset=start)
                continue
            if el is None:
                continue
            holds = int(el.xpath("count(descendant::*)"))  # (counted in libxml2: 2,000 nested <span/> hold 2 million)
            shown = squash("".join(el.itertext())) if not holds else ""
            if holds:
                count = "the element" if holds == 1 else f"the {holds} elements"
                line, column = page.position(el.xpath("(descendant::*)[last()]")[0])
                what = f"it holds {count} after it (the last at {line}:{column})"
            elif shown:
                what = f"it holds the text after it ({quote(shown, 40)})"
            else:
                yield self.problem(el, f"{said} it stays open (it holds nothing here, as its parent ends right after it, but will "
                                       f"take in whatever the template writes after it); {fix}")
                continue
            if el.get("aria-hidden", "").strip().lower() == "true":
                what += ", and its aria-hidden hides all of it from screen readers"
            elif el.tag == "a" and el.get("href") is not None:
                what += ", all of it part of the link"
            yield self.problem(el, f"{said} {what}; {fix}")


RULES = [UnknownDirectiveCode, UnusedDirective, EncodingProblem, NestingTooDeep, EscapedTwice, UnfilledPlaceholder, MarkupShownAsText,
         SelfClosedElement]
