"""Findings about the page as input and about artlint's own directives."""

from __future__ import annotations

from ..finding import Severity
from ..rule import Rule

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


RULES = [UnknownDirectiveCode, UnusedDirective, EncodingProblem, NestingTooDeep]
