"""Findings about the page as input and about artlint's own directives."""

from __future__ import annotations

import html

from ..finding import Severity
from ..lazyre import lazy
from ..rule import Rule
from ..text import quote, squash

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
    summary = "The page's bytes are not valid in its declared or sniffed encoding."
    rationale = (
        "Browsers show replacement characters or mojibake for such bytes, and every text check "
        "(dates, names, captions) then compares garbled text."
    )
    fix = "Save the page in the encoding it declares (UTF-8 is best) and declare it with <meta charset>."
    wcag = ("3.1.1",)
    severity = Severity.WARNING
    incorrect = (
        b'<html lang="de"><head><meta charset="utf-8"><title>Caf\xe9</title></head><body></body></html>',
        b'<html lang="de"><head><title>Caf\xe9</title></head><body></body></html>',
    )
    correct = ('<html lang="de"><head><meta charset="utf-8"><title>Café</title></head><body></body></html>',)

    def check(self, page, options):
        decoded = page.decoded
        if decoded.problem:
            yield self.problem(None, decoded.problem, offset=decoded.meta_offset)


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
                f"elements are nested deeper than the parser's limit; everything after this point was not checked ({error.message.strip()})",
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
        from .images import images

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
_SHOWS_CODE = frozenset(("code", "pre", "kbd", "samp", "var", "textarea", "script", "style", "noscript", "template", "iframe", "xmp", "plaintext"))


def _shown(entity: str) -> str:
    """What an entity stands for, as a message says it: the character in quotes, or "a space"."""
    said = html.unescape(entity)
    return "a space" if said.isspace() else f"“{said}”"


def _in_code(el) -> bool:
    return any(a.tag in _SHOWS_CODE for a in el.iterancestors())


RULES = [UnknownDirectiveCode, UnusedDirective, EncodingProblem, NestingTooDeep, EscapedTwice]
